// Where a walk over a list ends (src/core/pagination.ts): guards that end it quietly, broken pages that
// end it with a PaginationError, and the order concurrent next() calls are answered in.
import { describe, expect, it } from 'vitest';
import { createRecruspaceClient, createUnifiedAtsClient, PaginationError } from '../src/index.js';
import { BASE } from './support/stub.js';

const JOBS = '/api/v1/client/job-posts/';

/** A fetch answering each request with `page(url)`, recording the URLs. */
function pagedFetch(page: (url: URL) => unknown) {
  const urls: URL[] = [];
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    urls.push(url);
    return new Response(JSON.stringify(page(url)), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch, urls };
}

const rs = (fetch: (r: Request) => Promise<Response>) => createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch });
const ua = (fetch: (r: Request) => Promise<Response>) => createUnifiedAtsClient({ token: 't', integratedAccountId: 'a', baseUrl: BASE, fetch });

describe('guards end the walk without an error', () => {
  it('maxItems: 0 yields nothing and fetches nothing', async () => {
    const { fetch, urls } = pagedFetch(() => ({ count: 1, next: null, previous: null, results: [{ id: 1 }] }));
    expect(await rs(fetch).paginate(JOBS, { maxItems: 0 }).toArray()).toEqual([]);
    expect(urls).toHaveLength(0);
  });

  it('reaching maxPages ends quietly even where the next page would be refused', async () => {
    // Page 2 points back at page 2: a repeat, but maxPages stops before it is followed.
    const { fetch, urls } = pagedFetch(() => ({ count: 9, next: `${BASE}${JOBS}?page=2`, previous: null, results: [{ id: 1 }] }));
    expect(await rs(fetch).paginate(JOBS, { maxPages: 2 }).toArray()).toEqual([{ id: 1 }, { id: 1 }]);
    expect(urls).toHaveLength(2);
    const { fetch: odd } = pagedFetch(() => ({ result: [{ id: 'x' }], next_cursor: 42 }));
    expect(await ua(odd).paginate('/unified/ats/candidates', { maxPages: 1 }).toArray()).toEqual([{ id: 'x' }]);
  });
});

describe('broken pages end the walk with a PaginationError', () => {
  it('pages() refuses a page without its list, and a null body', async () => {
    const { fetch } = pagedFetch(() => ({ count: 0 }));
    const pages = rs(fetch).paginate(JOBS).pages();
    await expect(pages.next()).rejects.toThrow(new PaginationError('No results list to paginate'));
    const { fetch: nothing } = pagedFetch(() => null);
    await expect(ua(nothing).paginate('/unified/ats/candidates').toArray()).rejects.toThrow(new PaginationError('No result list to paginate'));
  });

  it('a non-string cursor is named in the error', async () => {
    const { fetch } = pagedFetch(() => ({ result: [], next_cursor: 42 }));
    await expect(ua(fetch).paginate('/unified/ats/candidates').toArray()).rejects.toThrow(new PaginationError('next_cursor is not a string'));
  });

  it('a next URL without a page number is refused, its secrets redacted', async () => {
    const { fetch, urls } = pagedFetch(() => ({ count: 9, next: `${BASE}${JOBS}?cursor=abc&token=s3cret`, previous: null, results: [{ id: 1 }] }));
    await expect(rs(fetch).paginate(JOBS).toArray()).rejects.toThrow(
      new PaginationError(`No page in next: ${BASE}${JOBS}?cursor=abc&token=%5BREDACTED%5D`),
    );
    expect(urls).toHaveLength(1);
  });

  it('a relative next that repeats is reported without its query', async () => {
    const { fetch } = pagedFetch(() => ({ count: 9, next: `${JOBS}?page=2&token=s3cret`, previous: null, results: [{ id: 1 }] }));
    await expect(rs(fetch).paginate(JOBS).toArray()).rejects.toThrow(new PaginationError(`Repeated next: ${JOBS}`));
  });
});

describe('page numbers', () => {
  it('the page number of next is sent as is', async () => {
    const { fetch, urls } = pagedFetch((url) => {
      const page = Number(url.searchParams.get('page') ?? 1);
      return { count: 3, next: page < 3 ? `${BASE}${JOBS}?page=${page + 1}&page_size=1` : null, previous: null, results: [{ id: page }] };
    });
    expect(await rs(fetch).paginate(JOBS).toArray()).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    expect(urls.map((u) => u.searchParams.get('page'))).toEqual([null, '2', '3']);
  });
});

describe('concurrent next() calls', () => {
  it('are answered in the order they were made, even one made while an earlier one waits', async () => {
    const { fetch } = pagedFetch(() => ({ result: [{ id: 0 }, { id: 1 }, { id: 2 }], next_cursor: null }));
    const iterator = ua(fetch).paginate('/unified/ats/candidates')[Symbol.asyncIterator]();
    const first = iterator.next();
    const second = iterator.next();
    // Made as soon as the first is answered, while the second still waits its turn.
    const third = first.then(() => iterator.next());
    const values = (await Promise.all([first, second, third])).map((r) => (r.value as { id: number }).id);
    expect(values).toEqual([0, 1, 2]);
  });
});
