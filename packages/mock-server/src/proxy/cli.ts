// `ats-mock proxy` and `ats-mock drift-report`: the drift proxy's subcommands of the ats-mock bin.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MOCK_APIS, type MockApi } from '../apis.js';
import { renderMarkdown } from './markdown.js';
import type { DriftReport } from './report-model.js';
import { startDriftProxy } from './start-drift-proxy.js';

const PROXY_USAGE = `Usage: ats-mock proxy --api recruspace|unified-ats --target <upstream base URL> [--port N] [--host H] [--report <file.json>] [--samples] [--upstream-timeout MS]

Forwards every request unchanged to the real API and checks both directions against the open spec
bundled in this package. Where reality and the spec disagree goes into the report (no secrets:
pointers, types, counts and status codes only), rewritten after each request and on exit.
  --api               which API the target is
  --target            the real API's base URL, e.g. https://api.recruspace.com
  --port              port to listen on (default: 4020; 0 picks a free one)
  --host              interface to bind (default: 127.0.0.1)
  --report            where the JSON report goes (default: drift-report.json)
  --samples           keep one sample value per entry, redacted by pattern (off by default)
  --upstream-timeout  ms the upstream may stay silent before the client gets a 502 (default: 60000)
  -h, --help          show this help

Render the report for an issue with: ats-mock drift-report <file.json>`;

const REPORT_USAGE = `Usage: ats-mock drift-report <file.json>

Prints the drift report written by \`ats-mock proxy\` as Markdown, ready to paste into an issue.`;

function fail(message: string, usage: string): never {
  console.error(`ats-mock: ${message}\n\n${usage}`);
  process.exit(2);
}

/** Runs `ats-mock <subcommand> …`; the process exits when it is done (or, for the proxy, on a signal). */
export async function runSubcommand(subcommand: 'proxy' | 'drift-report', args: string[]): Promise<void> {
  if (subcommand === 'drift-report') return driftReport(args);
  return proxy(args);
}

async function proxy(args: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        api: { type: 'string' },
        target: { type: 'string' },
        port: { type: 'string', default: '4020' },
        host: { type: 'string', default: '127.0.0.1' },
        report: { type: 'string', default: 'drift-report.json' },
        samples: { type: 'boolean', default: false },
        'upstream-timeout': { type: 'string', default: '60000' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    fail((error as Error).message, PROXY_USAGE);
  }
  if (values.help) {
    console.log(PROXY_USAGE);
    process.exit(0);
  }
  if (!values.api) fail('--api is required', PROXY_USAGE);
  if (!MOCK_APIS.includes(values.api as MockApi)) fail(`unknown --api "${values.api}"`, PROXY_USAGE);
  if (!values.target) fail('--target is required', PROXY_USAGE);
  if (!URL.canParse(values.target) || !/^https?:$/.test(new URL(values.target).protocol)) fail(`--target must be an http(s) URL, got "${values.target}"`, PROXY_USAGE);
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) fail('--port must be an integer from 0 to 65535', PROXY_USAGE);
  const timeout = Number(values['upstream-timeout']);
  if (!/^\d+$/.test(values['upstream-timeout']) || timeout < 1) fail('--upstream-timeout must be a positive integer (ms)', PROXY_USAGE);

  let server;
  try {
    server = await startDriftProxy({
      api: values.api as MockApi,
      target: values.target,
      port,
      host: values.host,
      report: values.report,
      samples: values.samples,
      upstreamTimeoutMs: timeout,
    });
  } catch (error) {
    console.error(`ats-mock: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`${values.api} proxy listening on ${server.url} -> ${server.target}`);
  const shutdown = () =>
    void server.close().then(
      () => {
        console.error(`ats-mock: drift report written to ${server.reportPath}`);
        process.exit(0);
      },
      (error: Error) => {
        console.error(`ats-mock: could not write the drift report: ${error.message}`);
        process.exit(1);
      },
    );
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await new Promise(() => {}); // serves until a signal ends the process
}

function driftReport(args: string[]) {
  let positionals;
  try {
    ({ positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h', default: false } } }));
    if (args.includes('--help') || args.includes('-h')) {
      console.log(REPORT_USAGE);
      process.exit(0);
    }
  } catch (error) {
    fail((error as Error).message, REPORT_USAGE);
  }
  if (positionals.length !== 1) fail('give exactly one report file', REPORT_USAGE);
  const file = positionals[0]!;
  let report: DriftReport;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as DriftReport;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    console.error(`ats-mock: cannot read the drift report ${file}: ${reason}`);
    process.exit(1);
  }
  if (!report || typeof report !== 'object' || typeof report.operations !== 'object' || report.operations === null) {
    console.error(`ats-mock: ${file} is not a drift report written by ats-mock proxy (it has no "operations").`);
    process.exit(1);
  }
  // Exit only once stdout has taken it all: a pipe (`> issue.md`, `| pbcopy`) must get every line.
  process.stdout.write(renderMarkdown(report), () => process.exit(0));
  return new Promise<void>(() => {});
}
