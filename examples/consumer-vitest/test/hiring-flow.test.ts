// A consumer's own code under test, talking to both APIs through the typed clients, against the mock
// the global setup started. `mock.reset()` keeps tests independent; `mock.next()` makes one call fail.
import { createRecruspaceClient, createUnifiedAtsClient } from '@ats-sdk/client';
import { mock } from '@ats-sdk/mock-server/vitest';
import { beforeEach, expect, it } from 'vitest';

const rs = createRecruspaceClient({ apiKey: 'test-key', baseUrl: mock.url('recruspace') });
const ua = createUnifiedAtsClient({ token: 'test-token', integratedAccountId: '62f44730-dd91-461e-bd6a-aedd9e0ad79d', baseUrl: mock.url('unified-ats') });

beforeEach(() => mock.reset());

/** Example of application code: file a new talent pool and report how many pools exist. */
async function createPoolAndCount(name: string): Promise<number> {
  const created = await rs.POST('/api/v1/client/talent-pools/create/', { body: { name } });
  if (created.error) throw new Error(`could not create pool: ${JSON.stringify(created.error)}`);
  const { data } = await rs.GET('/api/v1/client/talent-pools/');
  return data?.length ?? 0;
}

/** Example of application code with an error path: a missing job is `undefined`, not a crash. */
async function jobTitle(id: string): Promise<string | undefined> {
  const { data, response } = await ua.GET('/unified/ats/jobs/{id}', { params: { path: { id } } });
  if (response.status === 404) return undefined;
  return data?.name ?? undefined;
}

it('creates a talent pool that then shows up in the list', async () => {
  const before = (await rs.GET('/api/v1/client/talent-pools/')).data?.length ?? 0;
  expect(await createPoolAndCount('Data engineers')).toBe(before + 1);
});

it('moves a Truto application and reads back its stage', async () => {
  const { data: page } = await ua.GET('/unified/ats/applications');
  const id = Object.values(page!.result)[0]!.id!; // `result` is keyed by a field with truto_key_by, else a list
  await ua.POST('/unified/ats/applications/move-stage', { body: { application_id: id, stage_id: 'offer' } });
  const { data } = await ua.GET('/unified/ats/applications/{id}', { params: { path: { id } } });
  expect(data?.current_stage?.id).toBe('offer');
});

it('handles a job that is gone (the mock answers 404 once, as planned)', async () => {
  const { data: page } = await ua.GET('/unified/ats/jobs');
  const job = Object.values(page!.result)[0]!;
  await mock.next('getJob', { status: 404 });
  expect(await jobTitle(job.id!)).toBeUndefined();
  expect(await jobTitle(job.id!)).toBe(job.name ?? undefined); // only the next call was planned to fail
});
