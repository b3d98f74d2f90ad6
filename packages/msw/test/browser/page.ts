// The page the browser test loads: MSW's service worker with this package's handlers, and an app
// calling both APIs through @ats-sdk/client at their production URLs. Bundled by the test (esbuild).
import { createRecruspaceClient, createUnifiedAtsClient } from '@ats-sdk/client';
import { setupWorker } from 'msw/browser';
import { override, recruspaceHandlers, unifiedAtsHandlers } from '../../src/index.js';

const worker = setupWorker(...recruspaceHandlers({ stateful: true }), ...unifiedAtsHandlers());

async function run() {
  await worker.start({ quiet: true, onUnhandledFrame: 'error' });
  const rs = createRecruspaceClient({ apiKey: 'browser-key', baseUrl: 'https://api.recruspace.com', maxRetries: 0 });
  const ua = createUnifiedAtsClient({ token: 'browser-token', integratedAccountId: '62f44730-dd91-461e-bd6a-aedd9e0ad79d', baseUrl: 'https://api.truto.one', maxRetries: 0 });
  const created = await rs.POST('/api/v1/client/talent-pools/create/', { body: { name: 'From the browser' } });
  const pools = await rs.GET('/api/v1/client/talent-pools/');
  const invalid = await rs.POST('/api/v1/client/talent-pools/create/', { body: {} as never });
  const anonymous = await fetch('https://api.recruspace.com/api/v1/client/talent-pools/');
  const jobs = await ua.GET('/unified/ats/jobs');
  worker.use(override('listJobs', () => ({ status: 200, body: { result: [], next_cursor: null } })));
  const overridden = await ua.GET('/unified/ats/jobs');
  return {
    created: [created.response.status, created.data?.name],
    listed: pools.data?.some((p) => p.name === 'From the browser'),
    invalid: [invalid.response.status, invalid.error],
    anonymous: [anonymous.status, await anonymous.json()],
    jobs: [jobs.response.status, Array.isArray(jobs.data?.result) && jobs.data.result.length > 0],
    overridden: overridden.data,
    controlled: navigator.serviceWorker.controller !== null,
  };
}

(globalThis as { runScenario?: typeof run }).runScenario = run;
