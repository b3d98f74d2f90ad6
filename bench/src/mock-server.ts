// startMockServer vs the plain `prism mock` CLI on the same bundled spec: time to the first good
// response, and throughput (autocannon, interleaved runs); the stateful mode's cost against static.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startMockServer, type MockServer } from '@ats-sdk/mock-server';
import { mockBundlePath } from '@ats-sdk/spec/apis';
import { median, round, time } from './stats.ts';

export interface MockServerOptions {
  startups: number;
  seconds: number;
  repetitions: number;
}

const PRISM = fileURLToPath(new URL('../node_modules/.bin/prism', import.meta.url));
const PROBE = '/api/v1/client/candidates/123/';
const UNIFIED_PROBE = '/unified/ats/jobs?integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d';
const AUTH = { authorization: 'Bearer bench' };

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function firstGoodResponse(url: string, deadline = Date.now() + 30_000) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { headers: AUTH });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no good response from ${url}`);
}

interface Running {
  url: string;
  stop(): Promise<void>;
}

async function prismCli(): Promise<Running> {
  const port = await freePort();
  const child: ChildProcess = spawn(PRISM, ['mock', mockBundlePath('recruspace'), '-p', String(port), '-h', '127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, SCARF_ANALYTICS: 'false' },
  });
  const url = `http://127.0.0.1:${port}`;
  await firstGoodResponse(url + PROBE);
  return {
    url,
    stop: async () => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function ours(options: Parameters<typeof startMockServer>[0]): Promise<Running> {
  const mock: MockServer = await startMockServer(options);
  await firstGoodResponse(mock.url + (options.api === 'unified-ats' ? UNIFIED_PROBE : PROBE));
  return { url: mock.url, stop: () => mock.close() };
}

async function throughput(url: string, seconds: number): Promise<number> {
  const result = await autocannon({ url: url + PROBE, connections: 10, duration: seconds, headers: AUTH });
  if (result.non2xx || result.errors) throw new Error(`autocannon saw ${result.non2xx} non-2xx and ${result.errors} errors`);
  return result.requests.average;
}

export async function mockServer({ startups, seconds, repetitions }: MockServerOptions) {
  const starters: Record<string, () => Promise<Running>> = {
    'prism mock (CLI)': prismCli,
    'startMockServer recruspace': () => ours({ api: 'recruspace' }),
    'startMockServer unified-ats': () => ours({ api: 'unified-ats' }),
    'startMockServer all': () => ours({ api: 'all' }),
  };
  const startupMs: Record<string, number[]> = Object.fromEntries(Object.keys(starters).map((k) => [k, []]));
  for (let i = 0; i < startups; i++) {
    for (const [name, start] of Object.entries(starters)) {
      let running: Running | undefined;
      startupMs[name]!.push(await time(async () => (running = await start())));
      await running!.stop();
    }
  }

  const servers: Record<string, Running> = {
    'prism mock (CLI)': await prismCli(),
    'startMockServer static': await ours({ api: 'recruspace' }),
    'startMockServer stateful': await ours({ api: 'recruspace', stateful: true }),
  };
  const rps: Record<string, number[]> = Object.fromEntries(Object.keys(servers).map((k) => [k, []]));
  try {
    for (let rep = 0; rep < repetitions; rep++) {
      const order = rep % 2 ? Object.keys(servers).reverse() : Object.keys(servers);
      for (const name of order) rps[name]!.push(await throughput(servers[name]!.url, seconds));
    }
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
  }
  const startup = Object.fromEntries(Object.entries(startupMs).map(([k, v]) => [k, round(median(v), 0)]));
  const requestsPerSecond = Object.fromEntries(Object.entries(rps).map(([k, v]) => [k, round(median(v), 0)]));
  return {
    startupMs: startup,
    requestsPerSecond,
    throughputRatioVsPrismCli: round(requestsPerSecond['startMockServer static']! / requestsPerSecond['prism mock (CLI)']!),
    statefulCostRatio: round(requestsPerSecond['startMockServer stateful']! / requestsPerSecond['startMockServer static']!),
    targets: { startupMsPerApi: 1000, throughputRatioVsPrismCli: 1.0 },
  };
}
