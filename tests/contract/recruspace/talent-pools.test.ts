import { expect, it } from 'vitest';
import { describeOperation, expectDocumentedSuccess, fixtureId, itWrites, recruspace } from '../support/contract.js';

describeOperation('recruspace', 'listTalentPools', () => {
  it('lists the talent pools', async () => {
    const result = await recruspace().GET('/api/v1/client/talent-pools/');
    expectDocumentedSuccess('recruspace', 'listTalentPools', result);
  });
});

describeOperation('recruspace', 'createTalentPool', () => {
  itWrites('recruspace', 'creates a talent pool', async () => {
    const result = await recruspace().POST('/api/v1/client/talent-pools/create/', {
      body: { name: 'Software Developer Talents' },
    });
    expectDocumentedSuccess('recruspace', 'createTalentPool', result);
  });
});

describeOperation('recruspace', 'updateTalentPool', () => {
  itWrites('recruspace', 'renames a talent pool', async () => {
    const result = await recruspace().PATCH('/api/v1/client/talent-pools/{talent_pool_id}/', {
      params: { path: { talent_pool_id: 123 } },
      body: { name: 'Updated Software Developer Talents' },
    });
    expectDocumentedSuccess('recruspace', 'updateTalentPool', result);
  });
});

describeOperation('recruspace', 'deleteTalentPool', () => {
  itWrites('recruspace', 'deletes a talent pool with an empty response', async () => {
    const result = await recruspace().DELETE('/api/v1/client/talent-pools/{talent_pool_id}/', {
      params: { path: { talent_pool_id: 123 } },
    });
    expectDocumentedSuccess('recruspace', 'deleteTalentPool', result);
  });
});

describeOperation('recruspace', 'listTalentPoolCandidates', () => {
  it('returns a page of candidates', async () => {
    const result = await recruspace().GET('/api/v1/client/talent-pools/{talent_pool_id}/candidates/', {
      params: { path: { talent_pool_id: fixtureId('recruspace', 'TALENT_POOL_ID', 123) }, query: { page: 1, page_size: 100 } },
    });
    expectDocumentedSuccess('recruspace', 'listTalentPoolCandidates', result);
    expect(result.data?.results).toEqual(expect.any(Array));
  });
});
