// The build pipeline: a cold build (turbo cache bypassed), a fully cached re-run, and generating the
// types of each spec.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, round, time } from './stats.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const turbo = (...args: string[]) =>
  execFileSync('pnpm', ['exec', 'turbo', ...args], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', REDOCLY_TELEMETRY: 'off' },
  });

export interface PipelineOptions {
  repetitions: number;
  /** Also run the cold and cached builds (rebuilds dist/, so not while other tests read it). */
  builds: boolean;
}

export async function pipeline({ repetitions, builds }: PipelineOptions) {
  const { renderTypes } = await import('../../packages/types/scripts/render-types.mjs');
  const generateMs: Record<string, number> = {};
  for (const api of ['recruspace', 'unified-ats']) {
    const runs: number[] = [];
    for (let i = 0; i < repetitions; i++) runs.push(await time(() => renderTypes(api)));
    generateMs[api] = round(median(runs), 0);
  }
  if (!builds) {
    turbo('run', 'build', '--dry-run=json'); // the task graph still resolves
    return { generateMs };
  }
  const cold: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    cold.push(await time(async () => turbo('run', 'build', '--force')));
    cached.push(await time(async () => turbo('run', 'build')));
  }
  return {
    generateMs,
    coldBuildMs: round(median(cold), 0),
    cachedBuildMs: round(median(cached), 0),
    targets: { cachedBuildMs: 1000 },
  };
}
