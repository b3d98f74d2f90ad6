// Measurement helpers. Machines here are noisy, so every comparison is a ratio measured in one run,
// with variants interleaved and the median of several repetitions reported.
import { performance } from 'node:perf_hooks';

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const round = (value: number, digits = 3) => Number(value.toFixed(digits));

/**
 * Runs each variant `calls` times per repetition, alternating the variants in batches (so drift and
 * noise hit all of them alike), and returns the median time per call of each, in microseconds.
 */
export async function interleaved(
  variants: Record<string, () => Promise<unknown>>,
  { calls, batch, repetitions, warmup }: { calls: number; batch: number; repetitions: number; warmup: number },
): Promise<Record<string, number>> {
  const names = Object.keys(variants);
  for (const name of names) for (let i = 0; i < warmup; i++) await variants[name]!();
  const perRep: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let rep = 0; rep < repetitions; rep++) {
    const total: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
    for (let done = 0, round = 0; done < calls; done += batch, round++) {
      // Alternate which variant goes first, across batches and across repetitions.
      const order = (rep + round) % 2 ? [...names].reverse() : names;
      for (const name of order) {
        const fn = variants[name]!;
        const start = performance.now();
        for (let i = 0; i < Math.min(batch, calls - done); i++) await fn();
        total[name]! += performance.now() - start;
      }
    }
    for (const name of names) perRep[name]!.push((total[name]! * 1000) / calls);
  }
  return Object.fromEntries(names.map((n) => [n, median(perRep[n]!)]));
}

/** Wall time of an async function, in milliseconds. */
export async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** The p-th percentile (0–100) by linear interpolation between the nearest ranks. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = ((sorted.length - 1) * p) / 100;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (at - low);
}

/** Median with the 10th and 90th percentiles: the spread a figure is read with. */
export const spread = (values: number[], digits = 3) => ({
  median: round(median(values), digits),
  p10: round(percentile(values, 10), digits),
  p90: round(percentile(values, 90), digits),
});
