// Defect 6 of issue 11: the client's own `paginate` against the mock, in both modes. Static lists
// end (a request for a later page gets the example as the last page); stateful lists page the
// stored items, so the walk yields each exactly once.
import { createRecruspaceClient, createUnifiedAtsClient } from '@ats-sdk/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../dist/index.mjs';
import { expectValidBody } from './support.js';

const ACCOUNT = '62f44730-dd91-461e-bd6a-aedd9e0ad79d';
let staticMock: MockServer;
let statefulMock: MockServer;
beforeAll(async () => {
  [staticMock, statefulMock] = await Promise.all([startMockServer({ api: 'all' }), startMockServer({ api: 'all', stateful: true })]);
});
afterAll(() => Promise.all([staticMock?.close(), statefulMock?.close()]));

const clients = (mock: MockServer) => ({
  rs: createRecruspaceClient({ baseUrl: mock.url, apiKey: 'test-token' }),
  ua: createUnifiedAtsClient({ baseUrl: mock.url, token: 'test-token', integratedAccountId: ACCOUNT }),
});

describe('static mode: every walk ends', () => {
  it('Recruspace job posts: the example’s next page is the last one', async () => {
    const pages = [];
    for await (const page of clients(staticMock).rs.paginate('/api/v1/client/job-posts/').pages()) {
      expectValidBody('recruspace', 'listJobPosts', 200, page);
      pages.push(page);
    }
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.at(-1)!.next).toBeNull();
  });

  it('Truto candidates: the example’s next_cursor leads to the last page', async () => {
    const items = [];
    for await (const candidate of clients(staticMock).ua.paginate('/unified/ats/candidates')) items.push(candidate);
    expect(items.length).toBeGreaterThan(0);
  });
});

describe('stateful mode: paginate walks stored items exactly once', () => {
  it('Recruspace (page numbers): 25 candidates in a new pool, 10 per page', async () => {
    const { rs } = clients(statefulMock);
    const pool = await rs.POST('/api/v1/client/talent-pools/create/', { body: { name: 'Paged' } });
    const poolId = (pool.data as { id: number }).id;
    const created: number[] = [];
    for (let i = 0; i < 25; i++) {
      const { data, response } = await rs.POST('/api/v1/client/candidates/manual-add/', {
        body: { email: `c${i}@example.com`, first_name: `C${i}`, last_name: 'Paged', cv: '1', talent_pool_id: poolId } as never,
      });
      expect(response.status).toBe(201);
      const body = data as any;
      created.push(('id' in body ? body : body.content).id);
    }
    const paginator = rs.paginate('/api/v1/client/talent-pools/{talent_pool_id}/candidates/', {
      params: { path: { talent_pool_id: poolId }, query: { page_size: 10 } },
    });
    const pages = [];
    for await (const page of paginator.pages()) {
      expectValidBody('recruspace', 'listTalentPoolCandidates', 200, page);
      pages.push(page);
    }
    expect(pages).toHaveLength(3);
    const seen = pages.flatMap((page: any) => page.results.map((c: any) => c.id));
    expect(seen).toEqual(created);
  });

  it('Truto (cursors): seeds and created candidates, 3 per page', async () => {
    const { ua } = clients(statefulMock);
    for (let i = 0; i < 7; i++) {
      const { response } = await ua.POST('/unified/ats/candidates', { body: { first_name: `Paged ${i}` } as never });
      expect(response.status).toBe(201);
    }
    const stored = (await (await fetch(`${statefulMock.url}/__mock/state`)).json()) as any;
    const expected = stored['unified-ats']['/unified/ats/candidates'].map((c: any) => c.id);
    const pages = [];
    for await (const page of ua.paginate('/unified/ats/candidates', { params: { query: { limit: 3 } } }).pages()) {
      expectValidBody('unified-ats', 'listCandidates', 200, page);
      pages.push(page);
    }
    const seen = pages.flatMap((page: any) => page.result.map((c: any) => c.id));
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toHaveLength(Math.ceil(expected.length / 3));
  });
});
