// The drift proxy as a witness: a fake upstream plays the real API with deliberate deviations from
// the spec, the real client talks to it through the proxy, and the report names each deviation
// once, with its operationId, JSON pointer and suggested spec change; correct traffic adds nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRecruspaceClient, createUnifiedAtsClient } from '@ats-sdk/client';
import { afterEach, describe, expect, it } from 'vitest';
import { startDriftProxy, startMockServer, type DriftProxy, type DriftReport } from '../dist/index.mjs';
import { json, openSpec, responseExample, startUpstream, tempReportPath, type FakeUpstream } from './proxy-support.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(api: 'recruspace' | 'unified-ats', routes: Record<string, () => [number, unknown?]>, options: { samples?: boolean; limits?: { operations: number; entriesPerOperation: number } } = {}) {
  const upstream: FakeUpstream = await startUpstream((req, res) => {
    const route = routes[`${req.method} ${req.url!.split('?')[0]}`];
    if (!route) return json(res, 404, { detail: 'Not found.' });
    const [status, body] = route();
    if (body === undefined) {
      res.writeHead(status);
      return void res.end();
    }
    json(res, status, body);
  });
  cleanups.push(() => upstream.close());
  const proxy: DriftProxy = await startDriftProxy({ api, target: upstream.url, report: tempReportPath(), ...options });
  cleanups.push(() => proxy.close());
  return { upstream, proxy };
}

async function reportOf(proxy: DriftProxy): Promise<DriftReport> {
  await proxy.flushed();
  return JSON.parse(readFileSync(proxy.reportPath!, 'utf8'));
}

/** The violations of one operation, as (pointer, keyword, suggestion, count), sorted. */
const violationsOf = (report: DriftReport, operationId: string) =>
  report.operations[operationId]!.violations.map(({ pointer, keyword, suggestion, count, direction, status, specLocation }) => ({ direction, status, pointer, keyword, suggestion, count, specLocation })).sort((a, b) => a.pointer.localeCompare(b.pointer));

const CANDIDATE = '/api/v1/client/candidates/5/';

describe('deviations from the spec, through the real client', () => {
  it('Recruspace: a null where the spec says string, an extra field, a wrong type in a nested array item, a missing required field, an undocumented status', async () => {
    const { proxy } = await start('recruspace', {
      [`GET ${CANDIDATE}`]: () => {
        const candidate = responseExample('recruspace', 'getCandidate', 200);
        candidate.last_name = null; // a required plain string in the spec
        candidate.linkedin_url = 'https://linkedin.example/in/ada';
        // Two items with the same wrong type: still one deviation, seen once per response.
        candidate.education = [0, 1].map(() => ({ ...candidate.education[0], currently_pursuing: 'yes' }));
        return [200, candidate];
      },
      'GET /api/v1/client/job-posts/9/': () => {
        const post = responseExample('recruspace', 'getJobPost', 200);
        delete post.applicant_count;
        return [200, post];
      },
      'DELETE /api/v1/client/talent-pools/3/': () => [202],
      'GET /api/v1/client/talent-pools/': () => [200, responseExample('recruspace', 'listTalentPools', 200)],
    });
    const client = createRecruspaceClient({ baseUrl: proxy.url, apiKey: 'rs-key' });
    for (let i = 0; i < 3; i++) {
      const { response } = await client.GET('/api/v1/client/candidates/{candidate_id}/', { params: { path: { candidate_id: 5 } } });
      expect(response.status).toBe(200);
    }
    await client.GET('/api/v1/client/job-posts/{job_post_id}/', { params: { path: { job_post_id: '9' } } });
    await client.DELETE('/api/v1/client/talent-pools/{talent_pool_id}/', { params: { path: { talent_pool_id: 3 } } });
    await client.GET('/api/v1/client/talent-pools/', {});

    const report = await reportOf(proxy);
    expect(report).toMatchObject({ api: 'recruspace', requests: 6, spec: { title: openSpec('recruspace').info.title, version: openSpec('recruspace').info.version } });
    expect(report.operations.getCandidate).toMatchObject({ requests: 3, statuses: { 200: 3 } });
    expect(violationsOf(report, 'getCandidate')).toEqual([
      { direction: 'response', status: 200, pointer: '/education/*/currently_pursuing', keyword: 'type', suggestion: 'widen-type', count: 3, specLocation: '#/components/schemas/Education/properties/currently_pursuing' },
      { direction: 'response', status: 200, pointer: '/last_name', keyword: 'type', suggestion: 'make-nullable', count: 3, specLocation: '#/components/schemas/Candidate/properties/last_name' },
    ]);
    expect(report.operations.getCandidate!.violations.find((v) => v.pointer === '/last_name')).toMatchObject({ message: 'must be string', types: ['null'] });
    expect(report.operations.getCandidate!.undocumentedFields).toEqual([{ pointer: '/linkedin_url', count: 3, types: ['string'], specLocation: '#/components/schemas/Candidate' }]);
    expect(violationsOf(report, 'getJobPost')).toEqual([{ direction: 'response', status: 200, pointer: '/applicant_count', keyword: 'required', suggestion: 'relax-required', count: 1, specLocation: '#/components/schemas/JobPost' }]);
    expect(violationsOf(report, 'deleteTalentPool')).toEqual([{ direction: 'response', status: 202, pointer: '', keyword: 'status', suggestion: 'add-status', count: 1, specLocation: '#/paths/~1api~1v1~1client~1talent-pools~1{talent_pool_id}~1/delete/responses' }]);
    // Correct traffic, in the same run: nothing to report.
    expect(report.operations.listTalentPools).toMatchObject({ requests: 1, violations: [], undocumentedFields: [] });
  });

  it('Truto: a list whose items lack `id`', async () => {
    const { proxy } = await start('unified-ats', {
      'GET /unified/ats/candidates': () => {
        const page = responseExample('unified-ats', 'listCandidates', 200);
        page.result = [page.result[0], page.result[0]].map(({ id: _id, ...rest }: Record<string, unknown>) => rest);
        return [200, page];
      },
      'GET /unified/ats/jobs': () => [200, responseExample('unified-ats', 'listJobs', 200)],
    });
    const client = createUnifiedAtsClient({ baseUrl: proxy.url, token: 'truto-token', integratedAccountId: '62f44730-dd91-461e-bd6a-aedd9e0ad79d' });
    expect((await client.GET('/unified/ats/candidates', {})).response.status).toBe(200);
    expect((await client.GET('/unified/ats/jobs', {})).response.status).toBe(200);
    const report = await reportOf(proxy);
    expect(violationsOf(report, 'listCandidates')).toEqual([{ direction: 'response', status: 200, pointer: '/result/*/id', keyword: 'required', suggestion: 'relax-required', count: 1, specLocation: '#/components/schemas/Candidate' }]);
    expect(report.operations.listJobs).toMatchObject({ requests: 1, violations: [], undocumentedFields: [] });
  });

  it('under oneOf/anyOf (a nullable object), each deviation is one precise finding, not the branches’ noise', async () => {
    const { proxy } = await start('recruspace', {
      [`GET ${CANDIDATE}`]: () => {
        const candidate = responseExample('recruspace', 'getCandidate', 200);
        const { hash: _hash, ...jobPostWithoutId } = candidate.job_post; // job_post: JobPostSummary | null
        return [200, { ...candidate, job_post: jobPostWithoutId, substage: 'screening' }]; // substage: Substage | null
      },
    });
    await (await fetch(`${proxy.url}${CANDIDATE}`)).text();
    const report = await reportOf(proxy);
    const violations = report.operations.getCandidate!.violations.map(({ pointer, keyword, message, suggestion }) => ({ pointer, keyword, message, suggestion }));
    expect(violations.sort((a, b) => a.pointer.localeCompare(b.pointer))).toEqual([
      { pointer: '/job_post/hash', keyword: 'required', message: "must have required property 'hash'", suggestion: 'relax-required' },
      { pointer: '/substage', keyword: 'type', message: 'must be object or null', suggestion: 'widen-type' },
    ]);
  });

  it('request deviations are recorded too (a parameter of the wrong type, a body missing a required field)', async () => {
    const { proxy } = await start('recruspace', {
      'GET /api/v1/client/job-posts/': () => [200, responseExample('recruspace', 'listJobPosts', 200)],
      'POST /api/v1/client/talent-pools/create/': () => [201, responseExample('recruspace', 'createTalentPool', 201)],
    });
    await fetch(`${proxy.url}/api/v1/client/job-posts/?page=first`);
    await fetch(`${proxy.url}/api/v1/client/talent-pools/create/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({}) });
    const report = await reportOf(proxy);
    expect(report.operations.listJobPosts!.violations).toEqual([expect.objectContaining({ direction: 'request', location: 'query', pointer: '/page', keyword: 'type', suggestion: 'widen-type' })]);
    expect(report.operations.createTalentPool!.violations).toEqual([expect.objectContaining({ direction: 'request', location: 'body', pointer: '/name', keyword: 'required', suggestion: 'relax-required' })]);
  });

  it('requests no operation fits are recorded as unmatched, with a path template guessed and no identifier kept', async () => {
    const { proxy } = await start('recruspace', {});
    await fetch(`${proxy.url}/api/v1/client/widgets/12345/ada@example.com/`);
    const report = await reportOf(proxy);
    expect(report.operations['unmatched GET /api/v1/client/widgets/{id}/{id}/']).toMatchObject({ matched: false, requests: 1, statuses: { 404: 1 } });
    expect(JSON.stringify(report)).not.toMatch(/12345|ada@example/);
  });
});

describe('correct traffic', () => {
  it('the spec’s own examples, served for every operation they exist for, produce no violation and no undocumented field', async () => {
    const rs = await start('recruspace', {
      [`GET ${CANDIDATE}`]: () => [200, responseExample('recruspace', 'getCandidate', 200)],
      'GET /api/v1/client/talent-pools/': () => [200, responseExample('recruspace', 'listTalentPools', 200)],
      'GET /api/v1/client/job-posts/9/': () => [200, responseExample('recruspace', 'getJobPost', 200)],
      'POST /api/v1/client/talent-pools/create/': () => [201, responseExample('recruspace', 'createTalentPool', 201)],
    });
    const client = createRecruspaceClient({ baseUrl: rs.proxy.url, apiKey: 'rs-key' });
    await client.GET('/api/v1/client/candidates/{candidate_id}/', { params: { path: { candidate_id: 5 } } });
    await client.GET('/api/v1/client/talent-pools/', {});
    await client.GET('/api/v1/client/job-posts/{job_post_id}/', { params: { path: { job_post_id: '9' } } });
    await client.POST('/api/v1/client/talent-pools/create/', { body: { name: 'Pool' } });
    const report = await reportOf(rs.proxy);
    expect(Object.keys(report.operations).sort()).toEqual(['createTalentPool', 'getCandidate', 'getJobPost', 'listTalentPools']);
    for (const [id, operation] of Object.entries(report.operations)) {
      expect({ id, violations: operation.violations, undocumentedFields: operation.undocumentedFields }).toEqual({ id, violations: [], undocumentedFields: [] });
    }
  });
});

describe('the mock as the upstream', () => {
  it('every list and get the mock answers from the closed spec passes the open one: no violation, no undocumented field', async () => {
    const mock = await startMockServer({ api: 'all' });
    cleanups.push(() => mock.close());
    const ACCOUNT = '62f44730-dd91-461e-bd6a-aedd9e0ad79d';
    for (const api of ['recruspace', 'unified-ats'] as const) {
      const proxy = await startDriftProxy({ api, target: mock.url, report: tempReportPath() });
      cleanups.push(() => proxy.close());
      const client: { GET: (path: never, init: never) => Promise<{ response: Response }> } =
        api === 'recruspace' ? createRecruspaceClient({ baseUrl: proxy.url, apiKey: 'rs-key' }) : createUnifiedAtsClient({ baseUrl: proxy.url, token: 't', integratedAccountId: ACCOUNT });
      const gets = Object.entries<any>(openSpec(api).paths).filter(([path, item]) => item.get && !/search-by-email/.test(path));
      for (const [path] of gets) {
        const withIds = path.replace(/\{[^}]+\}/g, api === 'recruspace' ? '123' : '23423523');
        const { response } = await client.GET(withIds as never, {} as never);
        expect(response.status, `${api} GET ${withIds}`).toBeLessThan(300);
      }
      const report = await reportOf(proxy);
      expect(Object.keys(report.operations)).toHaveLength(gets.length);
      for (const [id, operation] of Object.entries(report.operations)) {
        expect({ id, matched: operation.matched, violations: operation.violations, undocumentedFields: operation.undocumentedFields }).toEqual({ id, matched: true, violations: [], undocumentedFields: [] });
      }
    }
  }, 120_000); // the mock's start-up on a loaded CI machine is not what this measures
});

describe('the report file', () => {
  it('is rewritten atomically after each request: a reader never sees half a report, no temporary file is left', async () => {
    const { proxy } = await start('recruspace', { 'GET /api/v1/client/talent-pools/': () => [200, responseExample('recruspace', 'listTalentPools', 200)] });
    let reads = 0;
    let reading = true;
    const reader = (async () => {
      while (reading) {
        JSON.parse(readFileSync(proxy.reportPath!, 'utf8')); // throws on a torn write
        reads++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    await Promise.all(Array.from({ length: 40 }, () => fetch(`${proxy.url}/api/v1/client/talent-pools/`).then((r) => r.text())));
    reading = false;
    await reader;
    expect(reads).toBeGreaterThan(0);
    expect((await reportOf(proxy)).operations.listTalentPools!.requests).toBe(40);
    expect(readdirSync(dirname(proxy.reportPath!))).toEqual(['drift-report.json']);
  });

  it('stays bounded however much traffic goes through: operations and entries are capped, the rest counted', async () => {
    const { proxy } = await start(
      'recruspace',
      { [`GET ${CANDIDATE}`]: () => [200, Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`extra_${i}`, i]))] },
      { limits: { operations: 3, entriesPerOperation: 5 } },
    );
    await (await fetch(`${proxy.url}${CANDIDATE}`)).text();
    for (let i = 0; i < 20; i++) await (await fetch(`${proxy.url}/api/v1/client/unknown-${'abcdefghijklmnopqrst'[i]}/`)).text();
    const report = await reportOf(proxy);
    // Three unknown paths of their own, the rest in one entry; the spec's operation is always kept.
    expect(Object.keys(report.operations).sort()).toEqual(['getCandidate', 'unmatched (other)', 'unmatched GET /api/v1/client/unknown-a/', 'unmatched GET /api/v1/client/unknown-b/', 'unmatched GET /api/v1/client/unknown-c/']);
    expect(report.operations['unmatched (other)']!.requests).toBe(17);
    expect(report.operations.getCandidate!.undocumentedFields).toHaveLength(5);
    expect(report.operations.getCandidate!.omitted).toBeGreaterThanOrEqual(45);
    expect(report.requests).toBe(21);
  });
});
