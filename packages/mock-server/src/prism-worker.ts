// Runs Prism in a child process: a Prism crash (it has crashed on malformed multipart) or its memory
// never touches the caller, and the worker exits when its parent goes away, so it cannot be orphaned.
import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';
import { fileURLToPath } from 'node:url';
import { specUrl } from './apis.js';
import type { WorkerMessage, WorkerOptions } from './protocol.js';

const send = (message: WorkerMessage) => process.send?.(message);

async function main(options: WorkerOptions) {
  const operations = await getHttpOperationsFromSpec(fileURLToPath(specUrl(options.api)));
  const logger = createLogger('ats-mock', { level: options.verbose ? 'info' : 'silent' });
  const server = createServer(operations, {
    cors: true,
    config: {
      isProxy: false,
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      upstreamProxy: undefined,
      mock: { dynamic: options.dynamic, ...(options.seed ? { seed: options.seed } : {}) },
    },
    components: { logger },
  });
  // Prism resolves with "http://<address>:<port>"; the port is what port 0 was given.
  const address = await server.listen(options.port, options.host);
  send({ type: 'ready', port: Number(address.slice(address.lastIndexOf(':') + 1)) });
}

const options = JSON.parse(process.argv[2] ?? '{}') as WorkerOptions;
const shutdown = () => process.exit(0);
process.on('disconnect', shutdown); // the parent died or closed us: never outlive it
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

main(options).catch(
  (error: unknown) => {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  },
);
