// Renders bench/README.md from bench/results.json, so no figure is ever typed by hand.
//
//   node bench/scripts/readme.mjs          rewrites bench/README.md (pnpm bench does it after a run)
//   node bench/scripts/readme.mjs --check  exits 1 when bench/README.md is stale
//
// A metric with a target that this file has no row for still appears (by its key), so a new
// benchmark with a target cannot go unreported.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
export const RESULTS = here('../results.json');
export const README = here('../README.md');

const num = (value, digits) => (typeof value === 'number' ? Number(value.toFixed(digits)).toString() : '—');

/**
 * [label, section, key, digits, target rendering, spread]; `key` is read from results[section]. With
 * `spread`, results[section].ratios[spread] holds the median with its p10/p90 over the rounds (and
 * cpuRatios[spread] the same ratio from CPU time), shown next to the figure.
 */
const ROWS = [
  ['Client vs openapi-fetch, loopback (ratio)', 'clientOverhead', 'ratioVsOpenapiFetchLoopback', 3, (t) => `≤ ${t}`, 'clientVsOpenapiFetchLoopback'],
  ['Client vs raw fetch, loopback (ratio)', 'clientOverhead', 'ratioVsRawFetchLoopback', 3, undefined, 'clientVsRawFetchLoopback'],
  ['Client added per call, stubbed fetch (CPU µs)', 'clientOverhead', 'addedMicrosPerCallStub', 2, (t) => `≤ ${t}`, 'addedStub'],
  ['…with timeoutMs: 0, vs openapi-fetch, loopback (ratio)', 'clientOverhead', 'ratioVsOpenapiFetchLoopbackWithoutDeadline', 3, undefined, 'withoutDeadlineVsOpenapiFetchLoopback'],
  ['…with timeoutMs: 0, added per call, stubbed fetch (CPU µs)', 'clientOverhead', 'addedMicrosPerCallStubWithoutDeadline', 2, undefined, 'addedStubWithoutDeadline'],
  ['Resource method vs the path form, stubbed fetch (ratio)', 'clientOverhead', 'ratioResourceVsPathFormStub', 3, (t) => `≤ ${t}`, 'resourceVsPathFormStub'],
  ['Resource method vs the path form, loopback (ratio)', 'clientOverhead', 'ratioResourceVsPathFormLoopback', 3, (t) => `≤ ${t}`, 'resourceVsPathFormLoopback'],
  ['paginate vs hand loop, {items} items (ratio)', 'pagination', 'ratioPaginateVsHandLoop', 3, (t) => `≤ ${t}`, 'paginateVsHandLoop'],
  ['Live heap while streaming {items} items (MB)', 'pagination', 'peakLiveHeapStreamingMB', 2],
  ['Live heap of toArray(), {items} items (MB)', 'pagination', 'liveHeapToArrayMB', 2],
  ['Mock static GET vs bare node:http, same bytes (throughput ratio)', 'mockServer', 'throughputRatioVsLimitGet', 3, (t) => `≥ ${t}`, 'staticVsLimitGet'],
  ['Mock static JSON POST vs bare node:http, same bytes (throughput ratio)', 'mockServer', 'throughputRatioVsLimitPost', 3, (t) => `≥ ${t}`, 'staticVsLimitPost'],
  ['Stateful vs static throughput (ratio)', 'mockServer', 'statefulCostRatio', 3, (t) => `≥ ${t}`, 'statefulVsStatic'],
  ['Throughput vs prism CLI (ratio)', 'mockServer', 'throughputRatioVsPrismCli', 3, (t) => `≥ ${t}`, 'staticVsPrismCli'],
  ['Cold build (ms)', 'pipeline', 'coldBuildMs', 0],
  ['Fully cached build (ms)', 'pipeline', 'cachedBuildMs', 0, (t) => `≤ ${t}`],
  ['tsc: consumer of both clients vs empty (added ms)', 'typecheck', 'addedMs', 0, (t) => `≤ ${t}`],
];

/** Per-variant figures, one row each: [label prefix, section, map key, digits, target of each variant]. */
const VARIANT_ROWS = [
  ['Start-up to first 200', 'mockServer', 'startupMs', 0, 'ms', (variant, targets) =>
    variant.startsWith('startMockServer') ? `≤ ${variant.endsWith(' all') ? (targets.startupMsAll ?? 2 * targets.startupMsPerApi) : targets.startupMsPerApi}` : undefined],
  ['Throughput', 'mockServer', 'requestsPerSecond', 0, 'req/s'],
  ['Server CPU per request', 'mockServer', 'cpuMicrosPerRequest', 1, 'µs'],
  ['Generate types', 'pipeline', 'generateMs', 0, 'ms'],
];

/** ` (p10–p90; CPU: x)` after a ratio measured over rounds, when the results carry its spread. */
function withSpread(data, spread, digits) {
  const ratio = spread && data.ratios?.[spread];
  if (!ratio) return '';
  const cpu = data.cpuRatios?.[spread];
  return ` (p10–p90 ${num(ratio.p10, digits)}–${num(ratio.p90, digits)}${cpu ? `; by CPU time ${num(cpu.median, digits)}` : ''})`;
}

function met(value, target) {
  if (!target || typeof value !== 'number') return '';
  const [op, bound] = target.split(' ');
  const ok = op === '≤' ? value <= Number(bound) : value >= Number(bound);
  return ok ? 'yes' : '**no**';
}

export function renderTable(results) {
  const lines = ['| Measure | Result | Target | Met |', '|---|---|---|---|'];
  const reported = new Set();
  for (const [label, section, key, digits, target, spread] of ROWS) {
    const data = results[section];
    if (!data || !(key in data)) continue;
    reported.add(`${section}.${key}`);
    const bound = target && data.targets?.[key] !== undefined ? target(data.targets[key]) : undefined;
    const items = results.pagination?.items?.toLocaleString('en-US') ?? '—';
    lines.push(`| ${label.replace('{items}', items)} | ${num(data[key], digits)}${withSpread(data, spread, digits)} | ${bound ?? '—'} | ${met(data[key], bound)} |`);
  }
  for (const [prefix, section, key, digits, unit, target] of VARIANT_ROWS) {
    const data = results[section];
    for (const [variant, value] of Object.entries(data?.[key] ?? {})) {
      const bound = target?.(variant, data.targets ?? {});
      lines.push(`| ${prefix}: ${variant} (${unit}) | ${num(value, digits)} | ${bound ?? '—'} | ${met(value, bound)} |`);
    }
  }
  for (const [section, data] of Object.entries(results)) {
    for (const [key, bound] of Object.entries(data?.targets ?? {})) {
      if (reported.has(`${section}.${key}`) || typeof data[key] !== 'number') continue;
      lines.push(`| ${section}.${key} | ${num(data[key], 3)} | ≤ ${bound} | ${met(data[key], `≤ ${bound}`)} |`);
    }
  }
  return lines.join('\n');
}

export function renderReadme(results) {
  const { date, machine } = results;
  return `# Benchmarks

<!-- Generated by bench/scripts/readme.mjs from bench/results.json: do not edit. \`pnpm bench\` rewrites both. -->

\`pnpm bench\` builds what it measures, runs every benchmark and writes [\`results.json\`](results.json),
then this page. Each comparison is a ratio measured in one run, variants side by side in rounds
(alternating order), the median over rounds with its p10–p90; absolute times are context only.
A smoke test in \`pnpm test\` runs each benchmark with tiny counts so it cannot rot; no timing is
asserted there. Do not start it on a shared machine while others work: it loads every core.

## Latest figures

Measured ${date.slice(0, 10)} on ${machine.cpus} × ${machine.cpu} vCPU, ${machine.memoryGiB} GiB, Node ${machine.node.replace(/^v/, '')}, ${machine.platform}.

${renderTable(results)}

## What each row measures

- **Client overhead:** the client (retries on, default 60 s deadline on, logger off) against bare
  openapi-fetch and raw fetch for sequential GETs on a loopback server, and with a stubbed fetch for
  pure CPU cost; the \`timeoutMs: 0\` rows switch the deadline off. ${results.clientOverhead?.rounds ?? 'Several'} rounds, each running every
  variant's batch side by side (order alternating): a ratio is taken per round and the figure is the
  median over rounds with p10–p90, and the same ratio from this process's CPU time (\`process.cpuUsage\`;
  on loopback it includes the in-process server). Stubbed calls do no I/O, so their added cost is
  read from CPU time.
  Where the client's added time goes (\`--cpu-prof\` of stubbed calls): mostly its default 60 s
  deadline, as the \`timeoutMs: 0\` rows show: an AbortController and a timer per call, the Request
  following that signal (undici registers a listener and a finalizer for it), and a race that ends the
  call at the deadline even when a custom fetch ignores the signal. The ≤ 1.05 and ≤ 5 µs targets were
  set before the client had these guarantees; they are reported as missed rather than met by dropping
  a deadline that keeps a silent server from hanging its caller.
- **Pagination:** \`paginate\` against a hand-written page loop over ${results.pagination?.items?.toLocaleString('en-US') ?? 'many'} items (page size
  ${results.pagination?.pageSize ?? '—'}) on loopback, and the live heap (after forced GCs) while streaming against \`toArray()\`.
  \`for await\` over items costs one promise tick per item, which a synchronous \`for\` over each page's
  results does not pay; over a real network (tens of milliseconds per page) that is under 1 %, and code
  that needs the last microsecond can iterate \`paginate(…).pages()\`.
- **Mock server:** start-up from spawn to the first good response per API and for \`api: 'all'\`;
  autocannon throughput (10 connections) of \`startMockServer\` in static mode against a bare
  \`node:http\` server in its own process answering the very same bytes (the machine's limit), for a
  GET with a path parameter and a validated JSON POST, stateful against static, and against
  \`prism mock\` on the same bundled spec. Each ratio is taken side by side within a round, rounds
  interleaved with alternating order; the figure is the median over rounds, with p10–p90, and the
  same ratio from each server process's CPU time per request (\`/proc\`), which load on a shared
  machine moves far less than throughput.
- **Pipeline:** \`turbo run build --force\` and a fully cached \`turbo run build\`; type generation per spec.
- **Type-check cost:** \`tsc --noEmit\` of a file using both clients against an empty file.

Ratios near their targets vary by a few percent between runs on a shared VM.
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rendered = renderReadme(JSON.parse(readFileSync(RESULTS, 'utf8')));
  if (process.argv.includes('--check')) {
    if (readFileSync(README, 'utf8') !== rendered) {
      console.error('bench/README.md is stale: run `node bench/scripts/readme.mjs`.');
      process.exit(1);
    }
  } else {
    writeFileSync(README, rendered);
  }
}
