// The generated resource methods at run time: each call goes to the right route with its path
// parameters, query and body; results, errors and pages behave as the README says.
import { describe, expect, it } from 'vitest';
import { createRecruspace, createUnifiedAts, isApiError, isRecruspaceError, NotFoundError, ResponseParseError } from '../src/index.js';
import { recruspaceTable } from '../src/resources/recruspace.js';
import { unifiedAtsTable } from '../src/resources/unified-ats.js';
import { BASE } from './support/stub.js';

function recorder(answer: (url: URL, request: Request) => [number, unknown]) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request.clone());
    const [status, body] = answer(new URL(request.url), request);
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, requests };
}

describe('naming', () => {
  it('has the names the issue asks for', () => {
    const rs = createRecruspace({ apiKey: 'k' });
    const ua = createUnifiedAts({ token: 't', integratedAccountId: 'a' });
    for (const fn of [
      rs.candidates.retrieve, rs.candidates.create, rs.candidates.searchByEmail, rs.candidates.addNote, rs.candidates.addTag,
      rs.talentPools.list, rs.talentPools.create, rs.talentPools.update, rs.talentPools.delete, rs.talentPools.listCandidates,
      rs.jobPosts.list, rs.jobPosts.retrieve, rs.jobPosts.apply, rs.jobPosts.listQuestions, rs.files.upload,
      ua.candidates.list, ua.candidates.retrieve, ua.candidates.create, ua.applications.moveStage, ua.applications.reject,
      ua.attachments.download, ua.jobs.list,
    ]) expect(fn).toBeTypeOf('function');
  });

  it('binds one method per operation of each spec, each to its own route', () => {
    for (const table of [recruspaceTable, unifiedAtsTable]) {
      const rows = Object.values(table).flatMap((group) => Object.values(group) as Array<readonly unknown[]>);
      expect(new Set(rows.map((row) => row[0])).size).toBe(rows.length);
      expect(new Set(rows.map((row) => row[1])).size).toBe(rows.length);
    }
  });
});

describe('calls', () => {
  it('path parameters positional, then the query; resolves the body', async () => {
    const { fetch, requests } = recorder(() => [200, { id: 123, email: 'jane@example.com' }]);
    const rs = createRecruspace({ apiKey: 'k', baseUrl: BASE, fetch });
    expect(await rs.candidates.retrieve(123)).toEqual({ id: 123, email: 'jane@example.com' });
    await rs.candidates.searchByEmail({ email: 'jane@example.com' });
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET ${BASE}/api/v1/client/candidates/123/`,
      `GET ${BASE}/api/v1/client/candidates/search-by-email/?email=jane%40example.com`,
    ]);
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer k');
  });

  it('a body with path parameters; per-call options apply', async () => {
    const { fetch, requests } = recorder(() => [200, { id: 5, name: 'Renamed' }]);
    const rs = createRecruspace({ apiKey: 'k', baseUrl: BASE, fetch });
    const { data, response, requestId } = await rs.talentPools.update(5, { name: 'Renamed' }, { headers: { 'X-Trace': 't1' } }).withResponse();
    expect([data, response.status, requestId]).toEqual([{ id: 5, name: 'Renamed' }, 200, undefined]);
    const [request] = requests;
    expect([request!.method, request!.url, await request!.text(), request!.headers.get('x-trace')]).toEqual([
      'PATCH',
      `${BASE}/api/v1/client/talent-pools/5/`,
      '{"name":"Renamed"}',
      't1',
    ]);
  });

  it('splits one object into query and body by the spec, keeping the integrated account', async () => {
    const { fetch, requests } = recorder(() => [200, { result: { url: 'https://files.test/a' } }]);
    const ua = createUnifiedAts({ token: 't', integratedAccountId: 'acc', baseUrl: BASE, fetch });
    await ua.attachments.download({ file_url: 'https://files.test/a', id: 'att-1' } as never);
    const url = new URL(requests[0]!.url);
    expect([url.pathname, url.searchParams.get('file_url'), url.searchParams.get('integrated_account_id')]).toEqual([
      '/unified/ats/attachments/download',
      'https://files.test/a',
      'acc',
    ]);
    expect(JSON.parse(await requests[0]!.text())).toEqual({ id: 'att-1' });
  });

  it('rejects with the ApiError subclass, marked with the operation', async () => {
    const { fetch } = recorder(() => [404, { detail: 'Not found.' }]);
    const rs = createRecruspace({ apiKey: 'k', baseUrl: BASE, fetch });
    const error = await rs.candidates.retrieve(9).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(isApiError(error, 'getCandidate')).toBe(true);
    expect(isApiError(error, 'getJobPost')).toBe(false);
    expect(isRecruspaceError(error, 'getCandidate') && error.body.detail).toBe('Not found.');
    // .withResponse() rejects the same way
    await expect(rs.candidates.retrieve(9).withResponse()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a 204 resolves undefined; an empty 200 where a body is declared rejects', async () => {
    const rs = createRecruspace({ apiKey: 'k', baseUrl: BASE, fetch: recorder(() => [204, undefined]).fetch });
    expect(await rs.talentPools.delete(5)).toBeUndefined();
    const empty = createRecruspace({ apiKey: 'k', baseUrl: BASE, fetch: recorder(() => [200, undefined]).fetch });
    await expect(empty.jobPosts.retrieve('h1')).rejects.toBeInstanceOf(ResponseParseError);
  });
});

describe('list methods', () => {
  const truto = (url: URL): [number, unknown] => {
    const cursor = Number(url.searchParams.get('next_cursor') ?? 0);
    return [200, { result: [{ id: `c${cursor}` }], next_cursor: cursor < 2 ? String(cursor + 1) : null }];
  };

  it('await gives the first page; for await walks every item; pages() and toArray() too', async () => {
    const { fetch, requests } = recorder(truto);
    const ua = createUnifiedAts({ token: 't', integratedAccountId: 'acc', baseUrl: BASE, fetch });
    const list = ua.candidates.list({ limit: 1 });
    expect(requests).toHaveLength(0); // lazy until awaited or iterated
    expect(await list).toEqual({ result: [{ id: 'c0' }], next_cursor: '1' });
    const ids: string[] = [];
    for await (const candidate of ua.candidates.list({ limit: 1 })) ids.push(candidate.id);
    expect(ids).toEqual(['c0', 'c1', 'c2']);
    expect((await ua.candidates.list().toArray()).map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
    let pages = 0;
    for await (const page of ua.candidates.list({}, { maxPages: 2 }).pages()) pages += Object.keys(page.result).length;
    expect(pages).toBe(2);
    expect(new URL(requests[1]!.url).searchParams.get('limit')).toBe('1');
    const { response } = await ua.candidates.list().withResponse();
    expect(response.status).toBe(200);
  });

  it('an error on any page is marked with the operation', async () => {
    const { fetch } = recorder((url) => (url.searchParams.get('next_cursor') ? [500, { message: 'boom' }] : [200, { result: [{ id: 'a' }], next_cursor: '1' }]));
    const ua = createUnifiedAts({ token: 't', integratedAccountId: 'acc', baseUrl: BASE, fetch, maxRetries: 0 });
    const error = await ua.candidates.list().toArray().catch((e: unknown) => e);
    expect(isApiError(error, 'listCandidates')).toBe(true);
  });

  it('a Recruspace list with a path parameter pages by number', async () => {
    const { fetch, requests } = recorder((url) => {
      const page = Number(url.searchParams.get('page') ?? 1);
      return [200, { count: 2, next: page === 1 ? `${BASE}/x/?page=2` : null, previous: null, results: [{ id: page }] }];
    });
    const rs = createRecruspace({ apiKey: 'k', baseUrl: BASE, fetch });
    expect((await rs.talentPools.listCandidates(7).toArray()).length).toBe(2);
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual([
      '/api/v1/client/talent-pools/7/candidates/',
      '/api/v1/client/talent-pools/7/candidates/',
    ]);
  });
});
