// `pnpm bench`: every benchmark with its full counts; writes bench/results.json and prints a table.
// Ratios come from one interleaved run each; absolute times are context, not targets.
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { clientOverhead } from './client-overhead.ts';
import { mockServer } from './mock-server.ts';
import { pagination } from './pagination.ts';
import { pipeline } from './pipeline.ts';
import { typecheckCost } from './typecheck-cost.ts';

const quick = process.argv.includes('--quick');
const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
  process.stderr.write(`› ${name}…\n`);
  return fn();
};

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  },
  clientOverhead: await step('client overhead', () => clientOverhead(quick ? { calls: 2000, repetitions: 3 } : { calls: 20_000, repetitions: 5 })),
  pagination: await step('pagination', () => pagination({ items: 10_000, repetitions: quick ? 3 : 7 })),
  mockServer: await step('mock server', () => mockServer(quick ? { startups: 2, seconds: 3, repetitions: 2 } : { startups: 5, seconds: 10, repetitions: 3 })),
  pipeline: await step('pipeline', () => pipeline({ repetitions: quick ? 1 : 3, builds: true })),
  typecheck: await step('type-check cost', () => typecheckCost({ repetitions: quick ? 3 : 7 })),
};

writeFileSync(new URL('../results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);

const { clientOverhead: c, pagination: p, mockServer: m, pipeline: b, typecheck: t } = results;
const rows: [string, string, string, string][] = [
  ['Client vs openapi-fetch, loopback (ratio)', String(c.ratioVsOpenapiFetchLoopback), '≤ 1.05', verdict(c.ratioVsOpenapiFetchLoopback <= 1.05)],
  ['Client vs raw fetch, loopback (ratio)', String(c.ratioVsRawFetchLoopback), '—', ''],
  ['Client added per call, stubbed fetch (µs)', String(c.addedMicrosPerCallStub), '≤ 5', verdict(c.addedMicrosPerCallStub <= 5)],
  ['…the same with timeoutMs: 0 (ratio, µs)', `${c.ratioVsOpenapiFetchLoopbackWithoutDeadline}, ${c.addedMicrosPerCallStubWithoutDeadline}`, '≤ 1.05, ≤ 5', verdict(c.ratioVsOpenapiFetchLoopbackWithoutDeadline <= 1.05 && c.addedMicrosPerCallStubWithoutDeadline <= 5)],
  ['Resource method vs path form, stubbed fetch / loopback (ratio)', `${c.ratioResourceVsPathFormStub}, ${c.ratioResourceVsPathFormLoopback}`, '≤ 1.05', verdict(c.ratioResourceVsPathFormStub <= 1.05 && c.ratioResourceVsPathFormLoopback <= 1.05)],
  ['paginate vs hand loop, 10,000 items (ratio)', String(p.ratioPaginateVsHandLoop), '≤ 1.1', verdict(p.ratioPaginateVsHandLoop <= 1.1)],
  ['Live heap: streaming 10,000 items vs toArray() (MB)', `${p.peakLiveHeapStreamingMB} vs ${p.liveHeapToArrayMB}`, 'flat', verdict(p.peakLiveHeapStreamingMB < p.liveHeapToArrayMB / 4)],
  ...Object.entries(m.startupMs).map(([k, v]) => {
    const bound = k.includes('CLI') ? undefined : k.endsWith('all') ? m.targets.startupMsAll : m.targets.startupMsPerApi;
    return [`Start-up to first 200: ${k} (ms)`, String(v), bound ? `≤ ${bound}` : '—', bound ? verdict(v <= bound) : ''] as [string, string, string, string];
  }),
  ...Object.entries(m.requestsPerSecond).map(([k, v]) => [`Throughput: ${k} (req/s)`, String(v), '—', ''] as [string, string, string, string]),
  ...Object.entries(m.cpuMicrosPerRequest).map(([k, v]) => [`Server CPU per request: ${k} (µs)`, String(v), '—', ''] as [string, string, string, string]),
  ...(['throughputRatioVsLimitGet', 'throughputRatioVsLimitPost', 'statefulCostRatio', 'throughputRatioVsPrismCli'] as const).map((key) => {
    const name = { throughputRatioVsLimitGet: 'staticVsLimitGet', throughputRatioVsLimitPost: 'staticVsLimitPost', statefulCostRatio: 'statefulVsStatic', throughputRatioVsPrismCli: 'staticVsPrismCli' }[key];
    const { median, p10, p90 } = m.ratios[name]!;
    const cpu = m.cpuRatios[name];
    const label = { throughputRatioVsLimitGet: 'Static GET vs node:http limit', throughputRatioVsLimitPost: 'Static JSON POST vs node:http limit', statefulCostRatio: 'Stateful vs static GET', throughputRatioVsPrismCli: 'Static GET vs prism CLI' }[key];
    return [
      `${label} (throughput ratio, p10–p90; CPU-per-request ratio)`,
      `${median} (${p10}–${p90})${cpu ? `; ${cpu.median}` : ''}`,
      `≥ ${m.targets[key]}`,
      verdict(median >= m.targets[key]),
    ] as [string, string, string, string];
  }),
  ['Cold build (ms)', String(b.coldBuildMs), '—', ''],
  ['Fully cached build (ms)', String(b.cachedBuildMs), '≤ 1000', verdict((b.cachedBuildMs ?? Infinity) <= 1000)],
  ...Object.entries(b.generateMs).map(([k, v]) => [`Generate types: ${k} (ms)`, String(v), '—', ''] as [string, string, string, string]),
  ['tsc: consumer of both clients vs empty (added ms)', String(t.addedMs), '≤ 1000', verdict(t.addedMs <= 1000)],
];
console.log(`\nMachine: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}\n`);
console.log('| Measure | Result | Target | Met |\n|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);

function verdict(ok: boolean) {
  return ok ? 'yes' : '**no**';
}
