// --stateful: writes show up in later reads, every response still validates against the spec,
// and state resets through POST /__mock/reset (or a restart).
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
const jsonBody = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('Recruspace', () => {
  const pools = '/api/v1/client/talent-pools/';

  it('talent pools: create, rename and delete show in the list', async () => {
    const before = await call('recruspace', 'listTalentPools', pools);
    const created = await call('recruspace', 'createTalentPool', `${pools}create/`, jsonBody({ name: 'Backend engineers' }), 201);
    expect(created).toMatchObject({ name: 'Backend engineers', candidate_count: 0 });
    let listed = await call('recruspace', 'listTalentPools', pools);
    expect(listed).toHaveLength(before.length + 1);
    expect(listed).toContainEqual(created);

    const renamed = await call('recruspace', 'updateTalentPool', `${pools}${created.id}/`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Platform engineers' }),
    });
    expect(renamed).toMatchObject({ id: created.id, name: 'Platform engineers' });
    listed = await call('recruspace', 'listTalentPools', pools);
    expect(listed.find((p: any) => p.id === created.id)?.name).toBe('Platform engineers');

    await call('recruspace', 'deleteTalentPool', `${pools}${created.id}/`, { method: 'DELETE' }, 204);
    listed = await call('recruspace', 'listTalentPools', pools);
    expect(listed.map((p: any) => p.id)).not.toContain(created.id);
    await call('recruspace', 'deleteTalentPool', `${pools}${created.id}/`, { method: 'DELETE' }, 404);
  });

  it('a created candidate is found by get and by search, with its tags', async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ first_name: 'Ada', last_name: 'Lovelace', email: 'ada.lovelace@example.com', talent_pool_id: '123' })) {
      form.append(k, v);
    }
    form.append('cv_file', new File(['%PDF-1.4'], 'ada.pdf', { type: 'application/pdf' }));
    const created = await call('recruspace', 'createCandidate', '/api/v1/client/candidates/add/', { method: 'POST', body: form }, 201);
    expect(created).toMatchObject({ email: 'ada.lovelace@example.com', first_name: 'Ada', last_name: 'Lovelace' });

    const fetched = await call('recruspace', 'getCandidate', `/api/v1/client/candidates/${created.id}/`);
    expect(fetched).toEqual(created);
    const found = await call('recruspace', 'searchCandidateByEmail', '/api/v1/client/candidates/search-by-email/?email=LOVELACE');
    expect(found).toContainEqual({ id: created.id, email: 'ada.lovelace@example.com' });

    const tag = await call('recruspace', 'addTagToCandidate', '/api/v1/client/candidates/add-tag/', jsonBody({ candidate_id: created.id, title: 'Top Candidate' }), 201);
    expect(tag).toMatchObject({ title: 'Top Candidate' });
    const note = await call('recruspace', 'addNoteToCandidate', '/api/v1/client/candidates/add-note/', jsonBody({ candidate_id: created.id, text: 'Great call.' }), 201);
    expect(note).toMatchObject({ text: 'Great call.' });

    const tagged = await call('recruspace', 'getCandidate', `/api/v1/client/candidates/${created.id}/`);
    expect(tagged.tags).toEqual([tag]);
    const state = (await readBody(await fetch(`${mock.url}/__mock/state`))) as any;
    expect(state.recruspace.notes[created.id]).toEqual([note]);
  });

  it('a candidate added by JSON (manual-add) is found too', async () => {
    const created = await call('recruspace', 'addCandidateToJobPostOrTalentPool', '/api/v1/client/candidates/manual-add/', jsonBody({ email: 'grace@example.com', first_name: 'Grace', last_name: 'Hopper', cv: '20170', talent_pool_id: 123 }), 201);
    const fetched = await call('recruspace', 'getCandidate', `/api/v1/client/candidates/${created.id}/`);
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
    expect(listed.result[0]).toEqual(created);
    const fetched = await call('unified-ats', 'getCandidate', `/unified/ats/candidates/${created.id}?${account}`);
    expect(fetched).toEqual(created);
  });

  it("move-stage changes the application's stage", async () => {
    const moved = await call('unified-ats', 'moveApplicationStage', `/unified/ats/applications/move-stage?${account}`, jsonBody({ application_id: 'app-1', stage_id: 'stage-onsite' }));
    expect(moved).toMatchObject({ id: 'app-1', current_stage: { id: 'stage-onsite' } });
    const fetched = await call('unified-ats', 'getApplication', `/unified/ats/applications/app-1?${account}`);
    expect(fetched.current_stage.id).toBe('stage-onsite');
    const listed = await call('unified-ats', 'listApplications', `/unified/ats/applications?${account}`);
    expect(listed.result.find((a: any) => a.id === 'app-1')?.current_stage.id).toBe('stage-onsite');
  });

  it('reset forgets everything', async () => {
    const created = await call('unified-ats', 'createCandidate', `/unified/ats/candidates?${account}`, jsonBody({ first_name: 'Temp' }), 201);
    await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
    const listed = await call('unified-ats', 'listCandidates', `/unified/ats/candidates?${account}`);
    expect(listed.result.map((c: any) => c.id)).not.toContain(created.id);
  });
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
