import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createRecruspaceClient, createUnifiedAtsClient, NotFoundError, PaginationError } from '../src/index.js';
import { BASE } from './support/stub.js';

/** A fetch that answers each request with `pages(url)`, recording the URLs. */
function pagedFetch(page: (url: URL) => unknown, status = 200) {
  const urls: URL[] = [];
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    urls.push(url);
    return new Response(JSON.stringify(page(url)), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, urls };
}

/** A DRF page-number list of `total` ids, `next` pointing at the next page like DRF does. */
function drf(total: number) {
  return (url: URL) => {
    const page = Number(url.searchParams.get('page') ?? 1);
    const size = Number(url.searchParams.get('page_size'));
    const ids = Array.from({ length: total }, (_, i) => i + 1).slice((page - 1) * size, page * size);
    const last = page * size >= total;
    return {
      count: total,
      next: last ? null : `${BASE}/api/v1/client/job-posts/?page=${page + 1}&page_size=${size}`,
      previous: null,
      results: ids.map((id) => ({ hash: `job-${id}` })),
    };
  };
}

/** A Truto cursor list of `total` ids, `limit` per page. */
function truto(total: number, limit = 2) {
  return (url: URL) => {
    const start = Number(url.searchParams.get('next_cursor') ?? 0);
    const end = Math.min(start + limit, total);
    return {
      result: Array.from({ length: end - start }, (_, i) => ({ id: String(start + i + 1) })),
      next_cursor: end < total ? String(end) : null,
    };
  };
}

describe('Recruspace page-number pagination', () => {
  it('follows next by its page number, keeping page_size (100 by default) and the other query', async () => {
    const { fetch, urls } = pagedFetch(drf(250));
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch });
    const hashes: string[] = [];
    for await (const job of rs.paginate('/api/v1/client/job-posts/')) hashes.push(job.hash!);
    expect(hashes).toHaveLength(250);
    expect(hashes.at(-1)).toBe('job-250');
    expect(urls.map((u) => u.search)).toEqual(['?page_size=100', '?page_size=100&page=2', '?page_size=100&page=3']);
    expect(urls.every((u) => u.pathname === '/api/v1/client/job-posts/')).toBe(true);
  });

  it("uses the call's own page_size and start page", async () => {
    const { fetch, urls } = pagedFetch(drf(10));
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch });
    const all = await rs.paginate('/api/v1/client/job-posts/', { params: { query: { page_size: 3, page: 2 } } }).toArray();
    expect(all.map((j) => j.hash)).toEqual(['job-4', 'job-5', 'job-6', 'job-7', 'job-8', 'job-9', 'job-10']);
    expect(urls.map((u) => u.searchParams.get('page'))).toEqual(['2', '3', '4']);
  });

  it('paginates a path with path parameters', async () => {
    const { fetch, urls } = pagedFetch(() => ({ count: 1, next: null, previous: null, results: [{ id: 5, email: 'a@b.co' }] }));
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch });
    const all = await rs.paginate('/api/v1/client/talent-pools/{talent_pool_id}/candidates/', { params: { path: { talent_pool_id: 9 } } }).toArray();
    expect(all).toEqual([{ id: 5, email: 'a@b.co' }]);
    expect(urls[0]!.pathname).toBe('/api/v1/client/talent-pools/9/candidates/');
  });

  it('stops with a PaginationError when next repeats instead of looping forever', async () => {
    const { fetch, urls } = pagedFetch(() => ({ count: 99, next: `${BASE}/api/v1/client/job-posts/?page=3`, results: [{ hash: 'x' }] }));
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const job of rs.paginate('/api/v1/client/job-posts/')) seen.push(job);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toContain('Repeated next');
    expect(seen).toHaveLength(2);
    expect(urls).toHaveLength(2);
  });

  it('rejects with the ApiError for an error status', async () => {
    const { fetch } = pagedFetch(() => ({ detail: 'Invalid page.' }), 404);
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch });
    await expect(rs.paginate('/api/v1/client/job-posts/').toArray()).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('Truto cursor pagination', () => {
  it('sends next_cursor back until it is null', async () => {
    const { fetch, urls } = pagedFetch(truto(5));
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'acc', baseUrl: BASE, fetch });
    const ids = (await ua.paginate('/unified/ats/candidates', { params: { query: { limit: 2 } } }).toArray()).map((c) => c.id);
    expect(ids).toEqual(['1', '2', '3', '4', '5']);
    expect(urls.map((u) => [u.searchParams.get('next_cursor'), u.searchParams.get('limit'), u.searchParams.get('integrated_account_id')])).toEqual([
      [null, '2', 'acc'],
      ['2', '2', 'acc'],
      ['4', '2', 'acc'],
    ]);
  });

  it('stops with a PaginationError on a repeated cursor', async () => {
    const { fetch, urls } = pagedFetch(() => ({ result: [{ id: '1' }], next_cursor: 'same' }));
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'acc', baseUrl: BASE, fetch });
    await expect(ua.paginate('/unified/ats/jobs').toArray()).rejects.toThrow(PaginationError);
    expect(urls).toHaveLength(2);
  });

  it('walks the records of a truto_key_by page (result keyed by that field)', async () => {
    const { fetch } = pagedFetch((url) =>
      url.searchParams.get('next_cursor')
        ? { result: { c: { id: 'c' } }, next_cursor: null }
        : { result: { a: { id: 'a' }, b: { id: 'b' } }, next_cursor: 'p2' },
    );
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'acc', baseUrl: BASE, fetch });
    const ids = (await ua.paginate('/unified/ats/jobs', { params: { query: { truto_key_by: 'id' } } }).toArray()).map((j) => j.id);
    expect(ids).toEqual(['a', 'b', 'c']);
  });

  it('refuses a body without a result list or record map', async () => {
    for (const body of [{ next_cursor: null }, { result: 'nope', next_cursor: null }, { result: null, next_cursor: null }]) {
      const { fetch } = pagedFetch(() => body);
      const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'acc', baseUrl: BASE, fetch });
      await expect(ua.paginate('/unified/ats/jobs').toArray()).rejects.toThrow(/No result list/);
    }
  });
});

describe('guards and laziness', () => {
  it('maxItems stops mid-page without fetching further pages', async () => {
    const { fetch, urls } = pagedFetch(truto(100, 10));
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'acc', baseUrl: BASE, fetch });
    const items = await ua.paginate('/unified/ats/candidates', { maxItems: 15 }).toArray();
    expect(items).toHaveLength(15);
    expect(urls).toHaveLength(2);
  });

  it('maxPages stops after that many pages', async () => {
    const { fetch, urls } = pagedFetch(truto(100, 10));
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'acc', baseUrl: BASE, fetch });
    expect(await ua.paginate('/unified/ats/candidates', { maxPages: 3 }).toArray()).toHaveLength(30);
    expect(urls).toHaveLength(3);
  });

  it('fetches a page only when the previous one is consumed, and can stop early', async () => {
    const { fetch, urls } = pagedFetch(truto(100, 10));
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'acc', baseUrl: BASE, fetch });
    const paginator = ua.paginate('/unified/ats/candidates');
    expect(urls).toHaveLength(0);
    for await (const candidate of paginator) {
      if (candidate.id === '12') break;
    }
    expect(urls).toHaveLength(2);
  });

  it('pages() yields whole envelopes', async () => {
    const { fetch } = pagedFetch(truto(3, 2));
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'acc', baseUrl: BASE, fetch });
    const envelopes = [];
    for await (const page of ua.paginate('/unified/ats/candidates').pages()) envelopes.push(page.next_cursor);
    expect(envelopes).toEqual(['2', null]);
  });

  it('streams a long list with flat memory: consumed pages are garbage', async () => {
    // 200 pages of 500 items (~100k objects, ~30 MB if all were held).
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const payload = JSON.stringify({ result: Array.from({ length: 500 }, (_, i) => ({ id: String(i), name: 'x'.repeat(200) })) });
    let calls = 0;
    const fetch = async () => {
      calls++;
      const next = calls < 200 ? `"c${calls}"` : 'null';
      return new Response(payload.replace(/}$/, `,"next_cursor":${next}}`), { headers: { 'content-type': 'application/json' } });
    };
    const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'acc', baseUrl: BASE, fetch });
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let count = 0;
    let first: WeakRef<object> | undefined;
    let firstAlive = true;
    let retained = Infinity;
    for await (const item of ua.paginate('/unified/ats/candidates')) {
      if (++count === 1) first = new WeakRef(item);
      if (count === 50_000) {
        await new Promise((resolve) => setImmediate(resolve));
        gc();
        firstAlive = first!.deref() !== undefined;
        retained = process.memoryUsage().heapUsed - baseline;
      }
    }
    expect(count).toBe(100_000);
    expect(firstAlive).toBe(false);
    expect(retained).toBeLessThan(8 * 1024 * 1024);
  });
});
