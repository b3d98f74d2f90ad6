// The handlers in use, through the real typed client (@ats-sdk/client) under msw/node: default base
// URLs, auth, stateful writes, named examples, and typed overrides layered with server.use().
import { createRecruspaceClient, createUnifiedAtsClient, RECRUSPACE_BASE_URL, UNIFIED_ATS_BASE_URL } from '@ats-sdk/client';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BASE_URLS, override, recruspaceHandlers, unifiedAtsHandlers } from '../src/index.js';

const ACCOUNT = '62f44730-dd91-461e-bd6a-aedd9e0ad79d';
const server = setupServer(...recruspaceHandlers({ stateful: true }), ...unifiedAtsHandlers());
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// The handlers' default base URLs are the clients' (the production servers).
const rs = createRecruspaceClient({ apiKey: 'test-key', baseUrl: RECRUSPACE_BASE_URL, maxRetries: 0 });
const ua = createUnifiedAtsClient({ token: 'test-token', integratedAccountId: ACCOUNT, baseUrl: UNIFIED_ATS_BASE_URL, maxRetries: 0 });

describe('the handlers answer at the production URLs', () => {
  it('defaults to the base URLs the clients default to', () => {
    expect(DEFAULT_BASE_URLS).toEqual({ recruspace: RECRUSPACE_BASE_URL, 'unified-ats': UNIFIED_ATS_BASE_URL });
  });

  it('serves the documented example', async () => {
    const list = await rs.GET('/api/v1/client/job-posts/');
    expect(list.response.status).toBe(200);
    const first = list.data!.results[0]!;
    const { data, response } = await rs.GET('/api/v1/client/job-posts/{job_post_id}/', { params: { path: { job_post_id: first.hash } } });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ hash: first.hash, applicant_count: first.applicant_count });
  });

  it('answers 401 in the API shape without a token', async () => {
    const response = await fetch('https://api.recruspace.com/api/v1/client/talent-pools/');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ detail: expect.any(String) });
  });

  it('answers an invalid body with a readable 400 naming the field', async () => {
    const { error, response } = await rs.POST('/api/v1/client/talent-pools/create/', { body: {} as never });
    expect(response.status).toBe(400);
    expect(error).toEqual({ name: [expect.stringContaining('name')] });
  });

  it('keeps state in stateful mode (a created pool is listed)', async () => {
    const before = (await rs.GET('/api/v1/client/talent-pools/')).data!.length;
    await rs.POST('/api/v1/client/talent-pools/create/', { body: { name: 'From MSW' } });
    const after = (await rs.GET('/api/v1/client/talent-pools/')).data!;
    expect(after).toHaveLength(before + 1);
    expect(after.map((p) => p.name)).toContain('From MSW');
  });

  it('follows Prefer: code=…', async () => {
    const response = await fetch(`https://api.truto.one/unified/ats/jobs?integrated_account_id=${ACCOUNT}`, {
      headers: { authorization: 'Bearer t', prefer: 'code=401' },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ statusCode: 401 });
  });
});

describe('options', () => {
  it('baseUrl moves the handlers', async () => {
    server.use(...recruspaceHandlers({ baseUrl: 'http://localhost:8080/rs' }));
    const response = await fetch('http://localhost:8080/rs/api/v1/client/talent-pools/', { headers: { authorization: 'Bearer k' } });
    expect(response.status).toBe(200);
    expect(Array.isArray(await response.json())).toBe(true);
  });

  it('examples picks a named example (with its status) for an operation', async () => {
    server.use(...unifiedAtsHandlers({ examples: { getJob: 'notFound' } }));
    const { error, response } = await ua.GET('/unified/ats/jobs/{id}', { params: { path: { id: '123' } } });
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ statusCode: 404 });
    // Other operations keep their default answer.
    expect((await ua.GET('/unified/ats/jobs')).response.status).toBe(200);
  });

  it('rejects an example that does not exist, naming it', () => {
    expect(() => recruspaceHandlers({ examples: { getCandidate: 'no-such-example' } })).toThrow(/getCandidate documents no example named "no-such-example"/);
    // @ts-expect-error operationIds are typed per API; at run time an unknown one is named too
    expect(() => recruspaceHandlers({ examples: { noSuchOperation: 'x' } })).toThrow(/no operation "noSuchOperation"/);
  });
});

describe('override', () => {
  it('answers one operation as the test says, typed from the spec', async () => {
    server.use(override('recruspace:getCandidate', ({ params }) => ({ status: 404, body: { detail: `No candidate ${params.candidate_id}.` } })));
    const { error, response } = await rs.GET('/api/v1/client/candidates/{candidate_id}/', { params: { path: { candidate_id: 42 } } });
    expect(response.status).toBe(404);
    expect(error).toEqual({ detail: 'No candidate 42.' });
  });

  it('takes bare operationIds that only one API has, and leaves the rest to the handlers', async () => {
    server.use(override('listJobs', () => ({ status: 200, body: { result: [], next_cursor: null } })));
    const { data } = await ua.GET('/unified/ats/jobs');
    expect(data).toEqual({ result: [], next_cursor: null });
    const other = await ua.GET('/unified/ats/departments');
    expect(other.response.status).toBe(200);
    expect(other.data!.result).not.toEqual([]);
  });

  it('sends statuses without a body', async () => {
    server.use(override('deleteTalentPool', () => ({ status: 204 })));
    const response = await fetch('https://api.recruspace.com/api/v1/client/talent-pools/999999/', { method: 'DELETE', headers: { authorization: 'Bearer k' } });
    expect(response.status).toBe(204);
  });

  it('names an unknown operation', () => {
    expect(() => override('noSuch' as never, () => ({ status: 200 }) as never)).toThrow(/no operation named "noSuch"/);
  });
});
