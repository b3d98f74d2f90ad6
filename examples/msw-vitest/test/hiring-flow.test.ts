// A consumer's own code under test, talking to both APIs through the typed clients, against MSW
// handlers built from the same specs as @ats-sdk/mock-server. `override` makes one call answer as
// the test needs, typed: a body the API cannot send does not compile.
import { createRecruspaceClient, createUnifiedAtsClient } from '@ats-sdk/client';
import { override } from '@ats-sdk/msw';
import { expect, it } from 'vitest';
import { server } from './msw.js';

const rs = createRecruspaceClient({ apiKey: 'test-key', baseUrl: 'https://api.recruspace.com', maxRetries: 0 });
const ua = createUnifiedAtsClient({ token: 'test-token', integratedAccountId: '62f44730-dd91-461e-bd6a-aedd9e0ad79d', baseUrl: 'https://api.truto.one', maxRetries: 0 });

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

it('answers an invalid request with the API’s own 400', async () => {
  const { error, response } = await rs.POST('/api/v1/client/talent-pools/create/', { body: {} as { name: string } });
  expect(response.status).toBe(400);
  expect(error).toHaveProperty('name');
});

it('handles a job that is gone (one override for this test)', async () => {
  const { data: page } = await ua.GET('/unified/ats/jobs');
  const job = Object.values(page!.result)[0]!;
  server.use(override('getJob', () => ({ status: 404, body: { statusCode: 404, error: 'Not Found', message: 'No such job.' } })));
  expect(await jobTitle(job.id!)).toBeUndefined();
});
