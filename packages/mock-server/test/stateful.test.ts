// --stateful: one spec-driven engine for both APIs. Writes show up in later reads, answers agree
// with state (defect 7 of issue 11), every response still validates against the spec, and state
// resets through POST /__mock/reset (or a restart).
import type { ApiName } from '@ats-sdk/spec/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../dist/index.mjs';
import { AUTH, expectValidBody, readBody } from './support.js';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ api: 'all', stateful: true });
});
afterAll(() => mock?.close());
beforeEach(async () => {
  expect((await fetch(`${mock.url}/__mock/reset`, { method: 'POST' })).status).toBe(204);
});

/** Calls the mock and checks the answer against the spec before handing it back. */
async function call(api: ApiName, operationId: string, path: string, init: RequestInit = {}, expected = 200) {
  const response = await fetch(mock.url + path, { ...init, headers: { ...AUTH, ...(init.headers ?? {}) } });
  const body = await readBody(response);
  expect(response.status, `${operationId}: ${JSON.stringify(body)}`).toBe(expected);
  expectValidBody(api, operationId, expected, body);
  return body as any;
}
const jsonBody = (body: unknown, method = 'POST'): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
/** Recruspace may answer a created object bare or as `{success, content}` (spec policy 2). */
const bare = (body: any) => (body && !('id' in body) && body.content ? body.content : body);
/** Truto custom methods may answer bare or as `{result}` (spec policy 7). */
const bareResult = (body: any) => (body && !('id' in body) && body.result ? body.result : body);

describe('Recruspace', () => {
  const RS = '/api/v1/client';
  const pools = `${RS}/talent-pools/`;

  it('talent pools: create, rename and delete show in the list', async () => {
    const before = await call('recruspace', 'listTalentPools', pools);
    const created = await call('recruspace', 'createTalentPool', `${pools}create/`, jsonBody({ name: 'Backend engineers' }), 201);
    expect(created).toMatchObject({ name: 'Backend engineers', candidate_count: 0 });
    let listed = await call('recruspace', 'listTalentPools', pools);
    expect(listed).toHaveLength(before.length + 1);
    expect(listed).toContainEqual(created);

    const renamed = await call('recruspace', 'updateTalentPool', `${pools}${created.id}/`, jsonBody({ name: 'Platform engineers' }, 'PATCH'));
    expect(renamed).toMatchObject({ id: created.id, name: 'Platform engineers' });
    listed = await call('recruspace', 'listTalentPools', pools);
    expect(listed.find((p: any) => p.id === created.id)?.name).toBe('Platform engineers');

    await call('recruspace', 'deleteTalentPool', `${pools}${created.id}/`, { method: 'DELETE' }, 204);
    listed = await call('recruspace', 'listTalentPools', pools);
    expect(listed.map((p: any) => p.id)).not.toContain(created.id);
    await call('recruspace', 'deleteTalentPool', `${pools}${created.id}/`, { method: 'DELETE' }, 404);
  });

  it('defect 7: the seeded talent pool is the spec’s example pool, so its example id answers', async () => {
    const listed = await call('recruspace', 'listTalentPools', pools);
    expect(listed.map((p: any) => p.id)).toContain(123);
    await call('recruspace', 'updateTalentPool', `${pools}123/`, jsonBody({ name: 'Renamed' }, 'PATCH'));
    const members = await call('recruspace', 'listTalentPoolCandidates', `${pools}123/candidates/`);
    expect(members.count).toBe(members.results.length);
    // Candidates have no list: the get example is stored under the id the request examples use.
    expect((await call('recruspace', 'getCandidate', `${RS}/candidates/123/`)).id).toBe(123);
  });

  it('a created candidate is found by get, search, its pool’s list, with its tags', async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ first_name: 'Ada', last_name: 'Lovelace', email: 'ada.lovelace@example.com', talent_pool_id: '123' })) {
      form.append(k, v);
    }
    form.append('cv_file', new File(['%PDF-1.4'], 'ada.pdf', { type: 'application/pdf' }));
    const created = bare(await call('recruspace', 'createCandidate', `${RS}/candidates/add/`, { method: 'POST', body: form }, 201));
    expect(created).toMatchObject({ email: 'ada.lovelace@example.com', first_name: 'Ada', last_name: 'Lovelace' });

    const fetched = await call('recruspace', 'getCandidate', `${RS}/candidates/${created.id}/`);
    expect(fetched).toEqual(created);
    const found = await call('recruspace', 'searchCandidateByEmail', `${RS}/candidates/search-by-email/?email=LOVELACE`);
    expect(found).toEqual([{ id: created.id, email: 'ada.lovelace@example.com' }]);

    const tag = await call('recruspace', 'addTagToCandidate', `${RS}/candidates/add-tag/`, jsonBody({ candidate_id: created.id, title: 'Top Candidate' }), 201);
    expect(tag).toMatchObject({ title: 'Top Candidate' });
    const note = await call('recruspace', 'addNoteToCandidate', `${RS}/candidates/add-note/`, jsonBody({ candidate_id: created.id, text: 'Great call.' }), 201);
    expect(note).toMatchObject({ text: 'Great call.' });

    const tagged = await call('recruspace', 'getCandidate', `${RS}/candidates/${created.id}/`);
    expect(tagged.tags).toEqual([tag]);
    const state = (await readBody(await fetch(`${mock.url}/__mock/state`))) as any;
    expect(state.recruspace.notes[created.id]).toEqual([note]);

    // defect 7: the pool's candidate list reflects stored candidates
    const members = await call('recruspace', 'listTalentPoolCandidates', `${pools}123/candidates/`);
    expect(members.results.map((c: any) => c.id)).toContain(created.id);
    const pool = (await call('recruspace', 'listTalentPools', pools)).find((p: any) => p.id === 123);
    expect(pool.candidate_count).toBe(members.count);
  });

  it('defect 7: add-tag and add-note for an unknown candidate → 404', async () => {
    await call('recruspace', 'addTagToCandidate', `${RS}/candidates/add-tag/`, jsonBody({ candidate_id: 987654, title: 'x' }), 404);
    await call('recruspace', 'addNoteToCandidate', `${RS}/candidates/add-note/`, jsonBody({ candidate_id: 987654, text: 'x' }), 404);
    await call('recruspace', 'getCandidate', `${RS}/candidates/987654/`, {}, 404);
    await call('recruspace', 'listTalentPoolCandidates', `${pools}987654/candidates/`, {}, 404);
  });

  it('applying to a job post stores the candidate; an unknown job post is 404', async () => {
    const [post] = (await call('recruspace', 'listJobPosts', `${RS}/job-posts/`)).results;
    const applicant = { email: 'applicant@example.com', first_name: 'App', last_name: 'Licant' };
    const created = bare(await call('recruspace', 'applyToJobPost', `${RS}/job-posts/${post.hash}/apply/`, jsonBody(applicant), 201));
    expect(await call('recruspace', 'getCandidate', `${RS}/candidates/${created.id}/`)).toMatchObject(applicant);
    await call('recruspace', 'applyToJobPost', `${RS}/job-posts/no-such-post/apply/`, jsonBody(applicant), 404);
  });

  it('a candidate added by JSON (manual-add) is found too', async () => {
    const created = bare(await call('recruspace', 'addCandidateToJobPostOrTalentPool', `${RS}/candidates/manual-add/`, jsonBody({ email: 'grace@example.com', first_name: 'Grace', last_name: 'Hopper', cv: '20170', talent_pool_id: 123 }), 201));
    const fetched = await call('recruspace', 'getCandidate', `${RS}/candidates/${created.id}/`);
    expect(fetched.email).toBe('grace@example.com');
  });
});

describe('Truto Unified ATS', () => {
  const account = 'integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d';

  it('a created candidate appears in list and get', async () => {
    const created = await call('unified-ats', 'createCandidate', `/unified/ats/candidates?${account}`, jsonBody({
      first_name: 'Priya',
      last_name: 'Natarajan',
      emails: [{ email: 'priya@example.com', type: 'personal' }],
    }), 201);
    expect(created).toMatchObject({ first_name: 'Priya', name: 'Priya Natarajan' });
    const listed = await call('unified-ats', 'listCandidates', `/unified/ats/candidates?${account}`);
    expect(listed.result).toContainEqual(created);
    const fetched = await call('unified-ats', 'getCandidate', `/unified/ats/candidates/${created.id}?${account}`);
    expect(fetched).toEqual(created);
  });

  it('defect 7: a created object carries what was sent and nothing from the examples', async () => {
    const created = await call('unified-ats', 'createCandidate', `/unified/ats/candidates?${account}`, jsonBody({ first_name: 'Only' }), 201);
    expect(created).toEqual({ id: expect.any(String), first_name: 'Only', name: 'Only', created_at: expect.any(String), updated_at: expect.any(String) });
  });

  it('defect 7: every collection is stateful, e.g. activities: create → list and 404 for unknown ids', async () => {
    const created = await call('unified-ats', 'createActivity', `/unified/ats/activities?${account}`, jsonBody({ candidate_id: 'c-1', body: 'Called.' }), 201);
    expect(created).toMatchObject({ body: 'Called.', candidate: { id: 'c-1' } }); // candidate_id sent, the reference stored
    const listed = await call('unified-ats', 'listActivities', `/unified/ats/activities?${account}`);
    expect(listed.result.map((a: any) => a.id)).toContain(created.id);
    await call('unified-ats', 'getJob', `/unified/ats/jobs/no-such-job?${account}`, {}, 404);
  });

  it('list filters the schema can place apply to stored items (candidate_id → candidate.id)', async () => {
    const mine = await call('unified-ats', 'createActivity', `/unified/ats/activities?${account}`, jsonBody({ candidate_id: 'c-filter', body: 'Mine.' }), 201);
    await call('unified-ats', 'createActivity', `/unified/ats/activities?${account}`, jsonBody({ candidate_id: 'c-other', body: 'Other.' }), 201);
    const listed = await call('unified-ats', 'listActivities', `/unified/ats/activities?${account}&candidate_id=c-filter`);
    expect(listed.result).toEqual([mine]);
  });

  it("move-stage changes the application's stage; an unknown application is 404", async () => {
    const { result: [first] } = await call('unified-ats', 'listApplications', `/unified/ats/applications?${account}`);
    const moved = bareResult(await call('unified-ats', 'moveApplicationStage', `/unified/ats/applications/move-stage?${account}`, jsonBody({ application_id: first.id, stage_id: 'stage-onsite' })));
    expect(moved).toMatchObject({ id: first.id, current_stage: { id: 'stage-onsite' } });
    const fetched = await call('unified-ats', 'getApplication', `/unified/ats/applications/${first.id}?${account}`);
    expect(fetched.current_stage.id).toBe('stage-onsite');
    const listed = await call('unified-ats', 'listApplications', `/unified/ats/applications?${account}`);
    expect(listed.result.find((a: any) => a.id === first.id)?.current_stage.id).toBe('stage-onsite');
    await call('unified-ats', 'moveApplicationStage', `/unified/ats/applications/move-stage?${account}`, jsonBody({ application_id: 'no-such-app', stage_id: 's' }), 404);
  });

  it('reset forgets everything', async () => {
    const created = await call('unified-ats', 'createCandidate', `/unified/ats/candidates?${account}`, jsonBody({ first_name: 'Temp' }), 201);
    await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
    const listed = await call('unified-ats', 'listCandidates', `/unified/ats/candidates?${account}`);
    expect(listed.result.map((c: any) => c.id)).not.toContain(created.id);
  });
});

it('state bounds: at most stateLimit objects per resource, the oldest evicted', async () => {
  const small = await startMockServer({ api: 'recruspace', stateful: true, stateLimit: 3 });
  try {
    const names = ['a', 'b', 'c', 'd', 'e'];
    for (const name of names) {
      const response = await fetch(`${small.url}/api/v1/client/talent-pools/create/`, { ...jsonBody({ name }), headers: { ...AUTH, 'content-type': 'application/json' } });
      expect(response.status).toBe(201);
      await response.body?.cancel();
    }
    const listed = (await readBody(await fetch(`${small.url}/api/v1/client/talent-pools/`, { headers: AUTH }))) as any[];
    expect(listed.map((p) => p.name)).toEqual(['c', 'd', 'e']);
  } finally {
    await small.close();
  }
});

it('without --stateful nothing is remembered', async () => {
  const stateless = await startMockServer({ api: 'recruspace' });
  try {
    const pools = async () => readBody(await fetch(`${stateless.url}/api/v1/client/talent-pools/`, { headers: AUTH }));
    const before = await pools();
    await fetch(`${stateless.url}/api/v1/client/talent-pools/create/`, { ...jsonBody({ name: 'x' }), headers: { ...AUTH, 'content-type': 'application/json' } });
    expect(await pools()).toEqual(before);
  } finally {
    await stateless.close();
  }
});
