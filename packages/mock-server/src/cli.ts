// `ats-mock`: serves an API's mock until SIGINT or SIGTERM, and prints its URL once it answers.
import { parseArgs } from 'node:util';
import { MOCK_APIS, type MockApi } from './apis.js';
import { startMockServer } from './start-mock-server.js';

const USAGE = `Usage: ats-mock [--api ${MOCK_APIS.join('|')}] [--port N] [--host H] [--dynamic] [--seed S] [--verbose]

Starts a Prism mock of the API from the spec bundled in this package.
  --api      which API to serve (default: recruspace)
  --port     port to listen on (default: 4010; 0 picks a free one)
  --host     interface to bind (default: 127.0.0.1)
  --dynamic  generate bodies from the schemas instead of the spec's examples
  --seed     seed for --dynamic, for repeatable bodies
  --verbose  print Prism's request log`;

function fail(message: string): never {
  console.error(`ats-mock: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      api: { type: 'string', default: 'recruspace' },
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      dynamic: { type: 'boolean', default: false },
      seed: { type: 'string' },
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
if (!MOCK_APIS.includes(values.api as MockApi)) fail(`unknown --api "${values.api}"`);
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be an integer from 0 to 65535`);

const server = await startMockServer({
  api: values.api as MockApi,
  port,
  host: values.host,
  dynamic: values.dynamic,
  verbose: values.verbose,
  ...(values.seed !== undefined ? { seed: values.seed } : {}),
});
console.log(`${values.api} mock listening on ${server.url}`);

const shutdown = () => void server.close().then(() => process.exit(0));
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
