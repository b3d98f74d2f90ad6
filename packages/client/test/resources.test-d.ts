// The generated resource methods are typed end to end from the specs.
import { describe, expectTypeOf, it } from 'vitest';
import type { components as rsComponents } from '@ats-sdk/types/recruspace';
import type { components as uaComponents } from '@ats-sdk/types/unified-ats';
import { createRecruspace, createUnifiedAts, isRecruspaceError } from '../src/index.js';

const rs = createRecruspace({ apiKey: 'k' });
const ua = createUnifiedAts({ token: 't', integratedAccountId: 'acc' });
type Rs = rsComponents['schemas'];
type Ua = uaComponents['schemas'];

describe('resource methods', () => {
  it('resolve the success body, typed', async () => {
    expectTypeOf(await rs.candidates.retrieve(123)).toEqualTypeOf<Rs['Candidate']>();
    expectTypeOf(await ua.candidates.retrieve('c1')).toEqualTypeOf<Ua['Candidate']>();
    const { data, response } = await rs.jobPosts.retrieve('h1').withResponse();
    expectTypeOf(data).toEqualTypeOf<Rs['JobPost']>();
    expectTypeOf(response).toEqualTypeOf<Response>();
    expectTypeOf(await rs.talentPools.delete(1)).toEqualTypeOf<undefined>();
  });

  it('list methods: await is the page, for await the items', async () => {
    // The page is either shape: `truto_key_by` turns `result` into a record map (the items stay typed).
    expectTypeOf(await ua.candidates.list()).toEqualTypeOf<Ua['CandidateList'] | Ua['CandidateKeyedList']>();
    for await (const candidate of ua.candidates.list({ limit: 10 }, { maxItems: 5 })) expectTypeOf(candidate).toEqualTypeOf<Ua['Candidate']>();
    for await (const job of rs.jobPosts.list()) expectTypeOf(job).toEqualTypeOf<Rs['PaginatedJobPostList']['results'][number]>();
  });

  it('wrong names, missing path params and wrong body fields do not compile', () => {
    // @ts-expect-error: no such method
    void rs.candidates.get(1);
    // @ts-expect-error: no such resource
    void rs.candidate;
    // @ts-expect-error: the path parameter is missing
    void rs.candidates.retrieve();
    // @ts-expect-error: candidate_id is a number
    void rs.candidates.retrieve('abc');
    // @ts-expect-error: the body needs a name
    void rs.talentPools.create({});
    // @ts-expect-error: no such body field
    void rs.talentPools.create({ name: 'x', colour: 'red' });
    // @ts-expect-error: the email query parameter is required
    void rs.candidates.searchByEmail({});
    // @ts-expect-error: Recruspace documents no idempotency support
    void rs.talentPools.create({ name: 'x' }, { idempotencyKey: true });
    void ua.candidates.create({ first_name: 'Jane' }, { idempotencyKey: true });
    void ua.applications.moveStage({ id: 'a1', interview_stage: { id: 's2' } } as never);
  });

  it('isRecruspaceError types the body of the operation', () => {
    const e: unknown = null;
    if (isRecruspaceError(e, 'getCandidate')) expectTypeOf(e.body).not.toBeUnknown();
  });
});
