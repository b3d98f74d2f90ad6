// The mock against the machine's limit: a bare `node:http` server answering the same bytes (the
// "limit" row), our mock in static and stateful mode, and the plain `prism mock` CLI, for a GET with
// a path parameter and a validated JSON POST; and each API's time to its first good response.
//
// Figures that hold still on a shared machine: every variant runs in its own process, rounds are
// interleaved (order alternating), each round gives one ratio per pair measured side by side, and
// a ratio is reported as the median of the rounds with its p10/p90. Next to wall-clock throughput
// stands each server's CPU time per request (from /proc, for the server process), which load on
// the machine moves much less than throughput.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startMockServer, type MockServer } from '@ats-sdk/mock-server';
import { mockBundlePath } from '@ats-sdk/spec/apis';
import type { FixedAnswer } from './bare-server.ts';
import { median, round, spread, time } from './stats.ts';

export interface MockServerOptions {
  startups: number;
  seconds: number;
  repetitions: number;
}

const PRISM = fileURLToPath(new URL('../node_modules/.bin/prism', import.meta.url));
const BARE = fileURLToPath(new URL('./bare-server.ts', import.meta.url));
const PROBE = '/api/v1/client/candidates/123/';
const UNIFIED_PROBE = '/unified/ats/jobs?integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d';
const AUTH = { authorization: 'Bearer bench' };

interface Workload {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** The two request kinds the targets name: a static GET with a path parameter, a validated JSON POST. */
function workloads(): Record<'get' | 'post', Workload> {
  return {
    get: { method: 'GET', path: PROBE, headers: AUTH },
    post: { method: 'POST', path: '/api/v1/client/job-posts/42/apply/', headers: { ...AUTH, 'content-type': 'application/json' }, body: applyExample() },
  };
}

/** The spec's own request example for applyToJobPost (a JSON body the mock validates). */
function applyExample(): string {
  const spec = JSON.parse(readFileSync(mockBundlePath('recruspace'), 'utf8'));
  const media = spec.paths['/api/v1/client/job-posts/{job_post_id}/apply/'].post.requestBody.content['application/json'];
  let example = media.example ?? Object.values<{ value?: unknown; $ref?: string }>(media.examples ?? {})[0];
  if (example && typeof example === 'object' && '$ref' in example) {
    example = String(example.$ref).slice(2).split('/').reduce((at: any, key) => at[key], spec);
  }
  const value = example && typeof example === 'object' && 'value' in example ? example.value : example;
  if (value === undefined) throw new Error('applyToJobPost has no request example in the recruspace spec');
  return JSON.stringify(value);
}

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
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`no good response from ${url}`);
}

interface Running {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

async function prismCli(): Promise<Running> {
  const port = await freePort();
  const child: ChildProcess = spawn(PRISM, ['mock', mockBundlePath('recruspace'), '-p', String(port), '-h', '127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, SCARF_ANALYTICS: 'false' },
  });
  const url = `http://127.0.0.1:${port}`;
  await firstGoodResponse(url + PROBE);
  return { url, pid: child.pid!, stop: () => stopChild(child) };
}

async function ours(options: Parameters<typeof startMockServer>[0]): Promise<Running> {
  const mock: MockServer = await startMockServer(options);
  await firstGoodResponse(mock.url + (options.api === 'unified-ats' ? UNIFIED_PROBE : PROBE));
  return { url: mock.url, pid: mock.pid, stop: () => mock.close() };
}

/** The bare server, answering each workload with the bytes `reference` gave for it. */
async function limit(reference: string, loads: Workload[]): Promise<Running> {
  const answers: Record<string, FixedAnswer> = {};
  for (const load of loads) {
    const response = await fetch(reference + load.path, { method: load.method, headers: load.headers, body: load.body ?? null });
    const headers = Object.fromEntries([...response.headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(name)));
    answers[`${load.method} ${load.path}`] = { status: response.status, headers, body: await response.text() };
  }
  const child = fork(BARE, [JSON.stringify(answers)], { stdio: 'ignore', execArgv: [] } as never);
  const [message] = (await once(child, 'message')) as [{ port: number }];
  return { url: `http://127.0.0.1:${message.port}`, pid: child.pid!, stop: () => stopChild(child) };
}

/** User + system CPU seconds a process has used (Linux /proc; undefined elsewhere). */
function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return undefined;
  }
}

interface Sample {
  rps: number;
  cpuMicrosPerRequest?: number;
}

async function measure(server: Running, load: Workload, seconds: number): Promise<Sample> {
  const before = cpuSeconds(server.pid);
  const result = await autocannon({
    url: server.url + load.path,
    method: load.method,
    headers: load.headers,
    ...(load.body ? { body: load.body } : {}),
    connections: 10,
    duration: seconds,
  });
  const after = cpuSeconds(server.pid);
  if (result.non2xx || result.errors) throw new Error(`autocannon saw ${result.non2xx} non-2xx and ${result.errors} errors on ${load.method} ${load.path}`);
  const cpu = before !== undefined && after !== undefined && result.requests.total ? ((after - before) * 1e6) / result.requests.total : undefined;
  return { rps: result.requests.average, ...(cpu !== undefined ? { cpuMicrosPerRequest: cpu } : {}) };
}

/** Which server answers which workload in the throughput rounds. */
const RUNS = [
  ['node:http limit', 'get'],
  ['node:http limit', 'post'],
  ['startMockServer static', 'get'],
  ['startMockServer static', 'post'],
  ['startMockServer stateful', 'get'],
  ['prism mock (CLI)', 'get'],
] as const;
type RunName = `${(typeof RUNS)[number][0]} ${(typeof RUNS)[number][1]}`;

/** Ratios measured side by side in each round: [numerator run, denominator run]. */
const RATIOS = {
  staticVsLimitGet: ['startMockServer static get', 'node:http limit get'],
  staticVsLimitPost: ['startMockServer static post', 'node:http limit post'],
  statefulVsStatic: ['startMockServer stateful get', 'startMockServer static get'],
  staticVsPrismCli: ['startMockServer static get', 'prism mock (CLI) get'],
} as const satisfies Record<string, [RunName, RunName]>;

export async function mockServer({ startups, seconds, repetitions }: MockServerOptions) {
  const starters: Record<string, () => Promise<Running>> = {
    'startMockServer recruspace': () => ours({ api: 'recruspace' }),
    'startMockServer unified-ats': () => ours({ api: 'unified-ats' }),
    'startMockServer all': () => ours({ api: 'all' }),
    'prism mock (CLI)': prismCli,
  };
  const startupMs: Record<string, number[]> = Object.fromEntries(Object.keys(starters).map((k) => [k, []]));
  for (let i = 0; i < startups; i++) {
    const order = i % 2 ? Object.keys(starters).reverse() : Object.keys(starters);
    for (const name of order) {
      let running: Running | undefined;
      startupMs[name]!.push(await time(async () => (running = await starters[name]!())));
      await running!.stop();
    }
  }
  const loads = workloads();
  const staticMock = await ours({ api: 'recruspace' });
  const servers: Record<(typeof RUNS)[number][0], Running> = {
    'startMockServer static': staticMock,
    'startMockServer stateful': await ours({ api: 'recruspace', stateful: true }),
    'node:http limit': await limit(staticMock.url, [loads.get, loads.post]),
    'prism mock (CLI)': await prismCli(),
  };
  const samples: Record<string, Sample[]> = Object.fromEntries(RUNS.map(([s, l]) => [`${s} ${l}`, []]));
  const ratios: Record<string, number[]> = Object.fromEntries(Object.keys(RATIOS).map((k) => [k, []]));
  const cpuRatios: Record<string, number[]> = Object.fromEntries(Object.keys(RATIOS).map((k) => [k, []]));
  try {
    for (const [server, load] of RUNS) await measure(servers[server], loads[load], Math.min(1, seconds)); // warm-up
    for (let round = 0; round < repetitions; round++) {
      const order = round % 2 ? [...RUNS].reverse() : RUNS;
      const got: Record<string, Sample> = {};
      for (const [server, load] of order) samples[`${server} ${load}`]!.push((got[`${server} ${load}`] = await measure(servers[server], loads[load], seconds)));
      for (const [name, [a, b]] of Object.entries(RATIOS)) {
        ratios[name]!.push(got[a]!.rps / got[b]!.rps);
        // CPU per request, inverted so that, like throughput, higher is better.
        const [ca, cb] = [got[a]!.cpuMicrosPerRequest, got[b]!.cpuMicrosPerRequest];
        if (ca && cb) cpuRatios[name]!.push(cb / ca);
      }
    }
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
  }

  const requestsPerSecond = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, round(median(v.map((s) => s.rps)), 0)]));
  const cpuMicrosPerRequest = Object.fromEntries(
    Object.entries(samples).flatMap(([k, v]) => (v.every((s) => s.cpuMicrosPerRequest) ? [[k, round(median(v.map((s) => s.cpuMicrosPerRequest!)), 1)]] : [])),
  );
  const ratio = (name: keyof typeof RATIOS) => spread(ratios[name]!);
  return {
    rounds: repetitions,
    secondsPerRun: seconds,
    startupMs: Object.fromEntries(Object.entries(startupMs).map(([k, v]) => [k, round(median(v), 0)])),
    requestsPerSecond,
    cpuMicrosPerRequest,
    ratios: Object.fromEntries(Object.keys(RATIOS).map((k) => [k, ratio(k as keyof typeof RATIOS)])),
    cpuRatios: Object.fromEntries(Object.entries(cpuRatios).filter(([, v]) => v.length).map(([k, v]) => [k, spread(v)])),
    // Medians, for the table's single-figure rows.
    throughputRatioVsLimitGet: ratio('staticVsLimitGet').median,
    throughputRatioVsLimitPost: ratio('staticVsLimitPost').median,
    statefulCostRatio: ratio('statefulVsStatic').median,
    throughputRatioVsPrismCli: ratio('staticVsPrismCli').median,
    targets: {
      startupMsPerApi: 250,
      startupMsAll: 300,
      throughputRatioVsLimitGet: 0.3,
      throughputRatioVsLimitPost: 0.3,
      statefulCostRatio: 0.8,
      throughputRatioVsPrismCli: 1.0,
    },
  };
}
