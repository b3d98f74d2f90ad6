import { describe, expectTypeOf, it } from 'vitest';
import { createRecruspaceClient } from '../src/index.js';
import type { components } from '@ats-sdk/types/recruspace';

const rs = createRecruspaceClient({ apiKey: 'k' });

describe('RecruspaceClient types', () => {
  it('types the success body from the spec', async () => {
    const { data } = await rs.GET('/api/v1/client/candidates/{candidate_id}/', {
      params: { path: { candidate_id: 1 } },
    });
    expectTypeOf(data).toEqualTypeOf<components['schemas']['Candidate'] | undefined>();
    if (data) expectTypeOf(data.email).toEqualTypeOf<string>();
  });

  it('keeps open enums usable: known values suggested, any string accepted and returned as a string', async () => {
    const { data } = await rs.GET('/api/v1/client/candidates/{candidate_id}/', {
      params: { path: { candidate_id: 1 } },
    });
    type Suitability = NonNullable<typeof data>['suitability'];
    expectTypeOf<Suitability>().toEqualTypeOf<'suitable' | (string & {}) | null>();
    expectTypeOf<NonNullable<Suitability>>().toExtend<string>();
  });

  it('rejects unknown paths, missing path parameters and wrong parameter types', () => {
    // @ts-expect-error: not a Recruspace path
    void rs.GET('/api/v1/client/nope/');
    // @ts-expect-error: candidate_id is required
    void rs.GET('/api/v1/client/candidates/{candidate_id}/', { params: { path: {} } });
    // @ts-expect-error: candidate_id is an integer
    void rs.GET('/api/v1/client/candidates/{candidate_id}/', { params: { path: { candidate_id: 'x' } } });
    // @ts-expect-error: the talent-pool list has no POST
    void rs.POST('/api/v1/client/talent-pools/', {});
  });

  it('offers PATCH and DELETE where the spec has them', () => {
    expectTypeOf(rs.PATCH).toBeFunction();
    void rs.PATCH('/api/v1/client/talent-pools/{talent_pool_id}/', {
      params: { path: { talent_pool_id: 1 } },
      body: { name: 'Renamed' },
    });
    void rs.DELETE('/api/v1/client/talent-pools/{talent_pool_id}/', { params: { path: { talent_pool_id: 1 } } });
  });
});
