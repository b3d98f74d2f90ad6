// `@ats-sdk/mock-server/vitest`: the global setup starts one mock, provides its URLs and stops it;
// `mock` outside such a run says what is missing.
import { describe, expect, it } from 'vitest';
import { mock, mockServerSetup } from '../dist/vitest.mjs';
import { AUTH, isRunning } from './support.js';

describe('@ats-sdk/mock-server/vitest', () => {
  it('mockServerSetup starts the mock, provides its URLs, and its teardown stops it', async () => {
    const provided: Record<string, any> = {};
    const teardown = await mockServerSetup({ api: 'recruspace', stateful: true })({ provide: (key, value) => (provided[key] = value) });
    const { url, urls } = provided.atsMockServer;
    expect(urls).toEqual({ recruspace: url });
    const health = (await (await fetch(`${url}/__mock/health`)).json()) as { pid: number };
    const pools = await fetch(`${url}/api/v1/client/talent-pools/`, { headers: AUTH });
    expect(pools.status).toBe(200);
    await pools.body?.cancel();
    await teardown();
    expect(isRunning(health.pid)).toBe(false);
  });

  it('mock.url() outside a run with the setup says how to add it', () => {
    expect(() => mock.url()).toThrow(/add mockServerSetup\(\) from @ats-sdk\/mock-server\/vitest to globalSetup/);
  });
});
