// The mock's process: Prism's engine for each served API behind one HTTP server. It runs apart from
// the caller so a crash or its memory never touches the caller, and it exits when its parent goes
// away, so it cannot be orphaned.
import { readFileSync } from 'node:fs';
import { specUrl, type MockApi } from './apis.js';
import type { WorkerMessage, WorkerOptions } from './protocol.js';
import { createPrismEngine, type EngineResult } from './worker/prism-engine.js';
import { createMockHttpServer } from './worker/server.js';
import type { StatefulLayer } from './worker/stateful/layer.js';
import { recruspaceState } from './worker/stateful/recruspace.js';
import { unifiedAtsState } from './worker/stateful/unified-ats.js';
import type { MockRequest } from './worker/types.js';

const BODY_LIMIT = 10 * 1024 * 1024;
const send = (message: WorkerMessage) => process.send?.(message);

async function main(options: WorkerOptions) {
  const engines = new Map<MockApi, (request: MockRequest) => Promise<EngineResult>>();
  const stateful = new Map<MockApi, StatefulLayer>();
  await Promise.all(
    options.apis.map(async (api) => {
      engines.set(api, await createPrismEngine(api, options));
      if (options.stateful) {
        const spec = JSON.parse(readFileSync(specUrl(api), 'utf8'));
        stateful.set(api, api === 'recruspace' ? recruspaceState(spec) : unifiedAtsState());
      }
    }),
  );
  const server = createMockHttpServer({ engines, stateful, bodyLimit: BODY_LIMIT });
  server.listen(options.port, options.host, () => {
    const address = server.address();
    send({ type: 'ready', port: typeof address === 'object' && address ? address.port : options.port });
  });
  server.on('error', (error) => {
    send({ type: 'failed', message: error.message });
    process.exit(1);
  });
}

const options = JSON.parse(process.argv[2] ?? '{}') as WorkerOptions;
const shutdown = () => process.exit(0);
process.on('disconnect', shutdown); // the parent died or closed us: never outlive it
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

main(options).catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
