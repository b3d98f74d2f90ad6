// One mock per API per test run (not per file): Prism takes most of a second to start.
// Every server started here is stopped in the returned teardown, so no process outlives the run.
import { existsSync } from 'node:fs';
import { startMockServer, type MockServer } from '@ats-sdk/mock-server';
import type { TestProject } from 'vitest/node';
import { bundlePath } from '@ats-sdk/spec/apis';
import { liveTarget, MOCK_INTEGRATED_ACCOUNT_ID, MOCK_TOKEN, type ApiName, type Targets } from './targets.js';

declare module 'vitest' {
  export interface ProvidedContext {
    targets: Targets;
  }
}

const APIS: ApiName[] = ['recruspace', 'unified-ats'];

export default async function setup(project: TestProject) {
  const servers: MockServer[] = [];
  const targets: Targets = { recruspace: undefined, 'unified-ats': undefined };
  try {
    await Promise.all(
      APIS.map(async (api) => {
        if (!existsSync(bundlePath(api))) return; // this API's spec is not written yet
        const live = liveTarget(api);
        if (live) {
          targets[api] = live;
          return;
        }
        const server = await startMockServer({ api });
        servers.push(server);
        targets[api] = {
          api,
          baseUrl: server.url,
          token: MOCK_TOKEN,
          live: false,
          ...(api === 'unified-ats' ? { integratedAccountId: MOCK_INTEGRATED_ACCOUNT_ID } : {}),
        };
      }),
    );
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()));
    throw error;
  }
  project.provide('targets', targets);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
