// paginate() against the mock. The static mock answers with the spec's example; a request for a
// later page (a page number or a cursor) gets that example as the last page, so every walk ends.
import { describe, expect, it } from 'vitest';
import { expectBodyMatchesSpec, fixtureId, isLive, itMockOnly, recruspace, unifiedAts } from '../support/contract.js';

describe('recruspace paginate (page numbers)', () => {
  it('reads a one-page list to the end, every page conforming to the spec', async () => {
    const pages = [];
    const paginator = recruspace().paginate('/api/v1/client/talent-pools/{talent_pool_id}/candidates/', {
      params: { path: { talent_pool_id: fixtureId('recruspace', 'TALENT_POOL_ID', 123) } },
      maxPages: 3,
    });
    for await (const page of paginator.pages()) {
      expectBodyMatchesSpec('recruspace', 'listTalentPoolCandidates', 200, page);
      pages.push(page);
    }
    expect(pages.length).toBeGreaterThanOrEqual(1);
    if (!isLive('recruspace')) expect(pages).toHaveLength(1);
  });

  it('sends the default page_size (100, the API maximum), which the server accepts', async () => {
    const items = await recruspace().paginate('/api/v1/client/job-posts/', { maxPages: 1 }).toArray();
    expect(items.every((job) => typeof job === 'object')).toBe(true);
  });

  itMockOnly('recruspace', 'walks a list whose example has a next page to its end (issue 11, defect 6)', async () => {
    const pages = [];
    for await (const page of recruspace().paginate('/api/v1/client/job-posts/').pages()) {
      expectBodyMatchesSpec('recruspace', 'listJobPosts', 200, page);
      pages.push(page);
    }
    expect(pages).toHaveLength(2);
    expect(pages[1]!.next).toBeNull();
  });
});

describe('unified-ats paginate (cursors)', () => {
  it('reads a list whose next_cursor is null as one page', async () => {
    const applications = await unifiedAts().paginate('/unified/ats/applications', { maxPages: 5 }).toArray();
    expect(Array.isArray(applications)).toBe(true);
  });

  it('respects maxItems', async () => {
    const candidates = await unifiedAts().paginate('/unified/ats/candidates', { maxItems: 1 }).toArray();
    expect(candidates.length).toBeLessThanOrEqual(1);
  });

  itMockOnly('unified-ats', 'walks a list whose example has a next_cursor to its end (issue 11, defect 6)', async () => {
    const pages = [];
    for await (const page of unifiedAts().paginate('/unified/ats/candidates', { params: { query: { limit: 10 } } }).pages()) {
      expectBodyMatchesSpec('unified-ats', 'listCandidates', 200, page);
      pages.push(page);
    }
    expect(pages).toHaveLength(2);
    expect(pages[1]!.next_cursor).toBeNull();
  });
});
