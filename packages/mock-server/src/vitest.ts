// `@ats-sdk/mock-server/vitest`: the mock started once per test run (a vitest global setup), its
// URL handed to tests through vitest's provide/inject, and `mock` for tests to plan a failure
// (`mock.next('getCandidate', { status: 404 })`), reset state or read it, over the admin routes.
//
//   // vitest.config.ts
//   export default defineConfig({ test: { globalSetup: ['./test/mock-server.ts'] } });
//   // test/mock-server.ts
//   import { mockServerSetup } from '@ats-sdk/mock-server/vitest';
//   export default mockServerSetup({ api: 'all', stateful: true });
//   // a test
//   import { mock } from '@ats-sdk/mock-server/vitest';
//   const client = createRecruspaceClient({ baseUrl: mock.url(), apiKey: 'test' });
import { inject } from 'vitest';
import type { MockApi } from './apis.js';
import { startMockServer, type StartMockServerOptions } from './start-mock-server.js';

/** What the global setup provides to every test file. */
export interface ProvidedMockServer {
  url: string;
  urls: Partial<Record<MockApi, string>>;
  /** The admin token, when one was set (needed for admin routes off loopback). */
  adminToken?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    atsMockServer: ProvidedMockServer;
  }
}

/** The parts of vitest's TestProject the setup uses. */
interface SetupProject {
  provide(key: 'atsMockServer', value: ProvidedMockServer): void;
}

/**
 * A vitest global setup that starts one mock for the whole run and stops it afterwards.
 * Default options: both APIs, a free port, static mode.
 */
export function mockServerSetup(options: Partial<StartMockServerOptions> = {}) {
  return async function setup(project: SetupProject) {
    const server = await startMockServer({ api: 'all', ...options });
    project.provide('atsMockServer', {
      url: server.url,
      urls: server.urls,
      ...(options.adminToken ? { adminToken: options.adminToken } : {}),
    });
    return () => server.close();
  };
}

/** For `globalSetup` files that only re-export: `export { setup } from '@ats-sdk/mock-server/vitest'`. */
export const setup = mockServerSetup();

/** How one call to an operation should answer instead of the usual response. */
export interface NextResponse {
  /** A status the operation documents; the body is its example in the spec. */
  status?: number;
  /** A named example of the operation's response. */
  example?: string;
  /** Which API, when both have the operation (both have `getCandidate`). */
  api?: MockApi;
}

function provided(): ProvidedMockServer {
  const server = inject('atsMockServer');
  if (!server) throw new Error('No mock server provided: add mockServerSetup() from @ats-sdk/mock-server/vitest to globalSetup.');
  return server;
}

async function admin(method: 'GET' | 'POST', route: string, body?: unknown): Promise<unknown> {
  const server = provided();
  const headers: Record<string, string> = { ...(body !== undefined ? { 'content-type': 'application/json' } : {}) };
  if (server.adminToken) headers['x-mock-admin-token'] = server.adminToken;
  const response = await fetch(`${server.url}/__mock/${route}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await response.text();
  if (!response.ok) throw new Error(`Mock admin ${method} /__mock/${route} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** The running mock, from inside a test. */
export const mock = {
  /** The base URL of the mock, or of one API's mock. */
  url(api?: MockApi): string {
    const server = provided();
    return (api && server.urls[api]) || server.url;
  },
  /** Makes the next call to `operationId` answer `status` (and/or a named example); one call only. */
  async next(operationId: string, response: NextResponse): Promise<void> {
    await admin('POST', 'next', { operationId, ...response });
  },
  /** Forgets stateful writes and planned responses: call it in `beforeEach` for isolated tests. */
  async reset(): Promise<void> {
    await admin('POST', 'reset');
  },
  /** What stateful mode holds, per API and collection. */
  state(): Promise<Record<string, unknown>> {
    return admin('GET', 'state') as Promise<Record<string, unknown>>;
  },
};
