// `ats-mock`: serves the mock until SIGINT or SIGTERM and prints each API's URL once it answers.
import { parseArgs } from 'node:util';
import { MOCK_APIS, type MockApiSelection } from './apis.js';
import { startMockServer } from './start-mock-server.js';

// `ats-mock proxy` and `ats-mock drift-report` live in ./proxy and end the process themselves.
const subcommand = process.argv[2];
if (subcommand === 'proxy' || subcommand === 'drift-report') await (await import('./proxy/cli.js')).runSubcommand(subcommand, process.argv.slice(3));

const USAGE = `Usage: ats-mock [--api recruspace|unified-ats|all] [--port N] [--host H] [--dynamic] [--seed S] [--stateful] [--state-limit N] [--verbose]

Serves a mock of the API from the spec bundled in this package.
  --api       which API to serve (default: all; both APIs share one port, their paths never overlap)
  --port      port to listen on (default: 4010; 0 picks a free one)
  --host      interface to bind (default: 127.0.0.1)
  --dynamic   generate bodies from the schemas instead of serving the spec's examples
  --seed      seed for --dynamic: the same seed gives the same bodies
  --stateful  remember writes (every collection of both APIs) until restart or POST /__mock/reset
  --state-limit  stateful mode: most objects kept per resource, oldest evicted (default 1000)
  --verbose   print Prism's request log
  -h, --help  show this help

Admin routes: GET /__mock/health, GET /__mock/state, POST /__mock/reset, GET|POST /__mock/next.
With --host other than loopback they need the token from ATS_MOCK_ADMIN_TOKEN in the
x-mock-admin-token header (health excepted); without that variable they are off.

Also: ats-mock proxy --help (a validating proxy in front of the real API), ats-mock drift-report <file.json>.`;

function fail(message: string): never {
  console.error(`ats-mock: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      api: { type: 'string', default: 'all' },
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      dynamic: { type: 'boolean', default: false },
      seed: { type: 'string' },
      stateful: { type: 'boolean', default: false },
      'state-limit': { type: 'string', default: '1000' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const api = values.api as MockApiSelection;
if (api !== 'all' && !MOCK_APIS.includes(api)) fail(`unknown --api "${values.api}"`);
const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port > 65535) fail('--port must be an integer from 0 to 65535');
if (values.seed !== undefined && !values.dynamic) fail('--seed only applies with --dynamic');
const stateLimit = Number(values['state-limit']);
if (!/^\d+$/.test(values['state-limit']) || stateLimit < 1) fail('--state-limit must be a positive integer');

let server;
try {
  server = await startMockServer({
    api,
    port,
    host: values.host,
    dynamic: values.dynamic,
    stateful: values.stateful,
    stateLimit,
    verbose: values.verbose,
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
  });
} catch (error) {
  console.error(`ats-mock: ${(error as Error).message}`);
  process.exit(1);
}
for (const [name, url] of Object.entries(server.urls)) console.log(`${name} mock listening on ${url}`);

// The worker dying on its own is a failure: say why and exit non-zero, so CI notices.
server.closed.catch((error: Error) => {
  console.error(`ats-mock: ${error.message}`);
  process.exit(1);
});
// `on`, not `once`: a stop signal often comes more than once (Ctrl-C reaches the whole process group,
// then pnpm and wrappers forward it), and a second one without a listener would kill us mid-stop.
let stopping: Promise<void> | undefined;
const shutdown = () => void (stopping ??= server.close().then(() => process.exit(0)));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
