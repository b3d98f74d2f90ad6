// `pnpm bench`: every benchmark with its full counts; writes bench/results.json and prints a table.
// Ratios come from one interleaved run each; absolute times are context, not targets.
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { renderTable } from '../scripts/readme.mjs';
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
  clientOverhead: await step('client overhead', () => clientOverhead(quick ? { rounds: 10, calls: 200 } : { rounds: 121, calls: 400 })),
  pagination: await step('pagination', () => pagination({ items: 10_000, repetitions: quick ? 3 : 101 })),
  mockServer: await step('mock server', () => mockServer(quick ? { startups: 2, seconds: 3, repetitions: 2 } : { startups: 7, seconds: 6, repetitions: 5 })),
  pipeline: await step('pipeline', () => pipeline({ repetitions: quick ? 1 : 3, builds: true })),
  typecheck: await step('type-check cost', () => typecheckCost({ repetitions: quick ? 3 : 7 })),
};

writeFileSync(new URL('../results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);

console.log(`\nMachine: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}\n`);
console.log(renderTable(results));
