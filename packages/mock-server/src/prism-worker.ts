// The mock's process: Prism's engine for each served API behind one HTTP server. It runs apart from
// the caller so a crash or its memory never touches the caller, and it exits when its parent goes
// away, so it cannot be orphaned.
import { readFileSync } from 'node:fs';
import { specUrl } from './apis.js';
import { indexOperations } from './engine/operations.js';
import { createStatefulApi } from './engine/stateful/index.js';
import { ADMIN_TOKEN_ENV, type WorkerMessage, type WorkerOptions } from './protocol.js';
import { createFastEngine } from './engine/fast/index.js';
import type { MockRequest } from './engine/types.js';
import type { EngineResult } from './worker/prism-engine.js';
import { createMockHttpServer, type ServedApi } from './worker/server.js';

const BODY_LIMIT = 10 * 1024 * 1024;
const send = (message: WorkerMessage) => process.send?.(message);

async function main(options: WorkerOptions) {
  const apis = new Map(
    await Promise.all(
      options.apis.map(async (api) => {
        const spec = JSON.parse(readFileSync(specUrl(api), 'utf8'));
        const operations = indexOperations(spec);
        // Prism (its module graph and its own reading of the spec) is most of the start-up time. The
        // fast path answers valid static requests without it, so it loads on the first request that
        // needs it. Dynamic mode needs it for everything, and --verbose promises Prism's log of every
        // request: there Prism answers all, loaded before the server listens.
        const prismForAll = options.dynamic || options.verbose;
        const prism = once(() => import('./worker/prism-engine.js').then(({ createPrismEngine }) => createPrismEngine(api, options)));
        if (prismForAll) await prism();
        const served: ServedApi = {
          spec,
          operations,
          engine: async (request: MockRequest): Promise<EngineResult> => (await prism())(request),
          ...(prismForAll ? {} : { fast: createFastEngine(spec, operations) }),
          ...(options.stateful ? { stateful: createStatefulApi(api, spec, operations, { limit: options.stateLimit }) } : {}),
        };
        return [api, served] as const;
      }),
    ),
  );
  const adminToken = process.env[ADMIN_TOKEN_ENV] || undefined;
  const server = createMockHttpServer({
    apis,
    bodyLimit: BODY_LIMIT,
    host: options.host,
    ...(adminToken ? { adminToken } : {}),
    ...(options.headersTimeoutMs ? { headersTimeoutMs: options.headersTimeoutMs } : {}),
  });
  server.listen(options.port, options.host, () => {
    const address = server.address();
    send({ type: 'ready', port: typeof address === 'object' && address ? address.port : options.port });
  });
  server.on('error', (error) => {
    send({ type: 'failed', message: error.message });
    process.exit(1);
  });
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

const options = JSON.parse(process.argv[2] ?? '{}') as WorkerOptions;
const shutdown = () => process.exit(0);
process.on('disconnect', shutdown); // the parent died or closed us: never outlive it
process.on('SIGTERM', shutdown);
// Ctrl-C in a terminal signals the whole process group: the parent owns this process's lifetime and
// stops it (SIGTERM, or 'disconnect' if the parent dies), so a worker that left first would look like
// a crash to the parent and turn a clean stop into exit code 1.
process.on('SIGINT', () => {});
// A crash is reported to the parent with its reason before the process goes.
process.on('uncaughtException', (error) => {
  send({ type: 'failed', message: error.stack ?? error.message });
  process.exit(1);
});

main(options).catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
