// paginate() against the mock. The mock answers every call with the spec's static example, so a
// list whose example has a next page keeps pointing at the same page: exactly the server bug the
// loop guard exists for. Lists whose example ends (next null) come back as one page.
import { PaginationError } from '@ats-sdk/client';
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

  itMockOnly('recruspace', 'stops with a PaginationError when next keeps pointing at the same page', async () => {
    const hashes: unknown[] = [];
    const error = await (async () => {
      for await (const job of recruspace().paginate('/api/v1/client/job-posts/')) hashes.push(job.hash);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(hashes.length).toBeGreaterThan(0);
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

  itMockOnly('unified-ats', 'stops with a PaginationError when the same next_cursor comes back', async () => {
    await expect(unifiedAts().paginate('/unified/ats/candidates', { params: { query: { limit: 10 } } }).toArray()).rejects.toThrow(
      PaginationError,
    );
  });
});
