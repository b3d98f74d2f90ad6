// A consumer's own code under test, talking to both APIs through the typed clients.
import { createRecruspaceClient, createUnifiedAtsClient } from '@ats-sdk/client';
import { expect, inject, it } from 'vitest';

const rs = createRecruspaceClient({ apiKey: 'test-key', baseUrl: inject('mockUrl') });
const ua = createUnifiedAtsClient({ token: 'test-token', integratedAccountId: '62f44730-dd91-461e-bd6a-aedd9e0ad79d', baseUrl: inject('mockUrl') });

/** Example of application code: file a new talent pool and report how many pools exist. */
async function createPoolAndCount(name: string): Promise<number> {
  const created = await rs.POST('/api/v1/client/talent-pools/create/', { body: { name } });
  if (created.error) throw new Error(`could not create pool: ${JSON.stringify(created.error)}`);
  const { data } = await rs.GET('/api/v1/client/talent-pools/');
  return data?.length ?? 0;
}

it('creates a talent pool that then shows up in the list', async () => {
  const before = (await rs.GET('/api/v1/client/talent-pools/')).data?.length ?? 0;
  expect(await createPoolAndCount('Data engineers')).toBe(before + 1);
});

it('moves a Truto application and reads back its stage', async () => {
  await ua.POST('/unified/ats/applications/move-stage', { body: { application_id: 'app-9', stage_id: 'offer' } });
  const { data } = await ua.GET('/unified/ats/applications/{id}', { params: { path: { id: 'app-9' } } });
  expect(data?.current_stage?.id).toBe('offer');
});
