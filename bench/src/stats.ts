// Measurement helpers. Machines here are noisy, so every comparison is a ratio measured in one run,
// variants side by side in rounds, and the median over rounds reported with its spread.
import { performance } from 'node:perf_hooks';

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const round = (value: number, digits = 3) => Number(value.toFixed(digits));

/** Per-call cost of each variant in each round: wall time and this process's CPU time, in µs. */
export interface Rounds {
  wall: Record<string, number[]>;
  cpu: Record<string, number[]>;
}

/**
 * Runs the variants side by side in `rounds` rounds of `batch` calls each, alternating which goes
 * first, and records each variant's wall and CPU time per call in every round. A round's figures
 * are paired (measured within milliseconds of each other), so a ratio is taken per round and the
 * median over rounds is read with its p10–p90: load that comes and goes hits one round's variants
 * alike instead of moving the result.
 */
export async function rounds(
  variants: Record<string, () => Promise<unknown>>,
  { rounds: count, batch, warmup }: { rounds: number; batch: number; warmup: number },
): Promise<Rounds> {
  const names = Object.keys(variants);
  for (const name of names) for (let i = 0; i < warmup; i++) await variants[name]!();
  const wall: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < count; r++) {
    for (const name of r % 2 ? [...names].reverse() : names) {
      const fn = variants[name]!;
      // Start each batch on a collected heap (`pnpm bench` runs with --expose-gc), so a collection
      // of the previous variant's garbage is not charged to this one.
      globalThis.gc?.();
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      for (let i = 0; i < batch; i++) await fn();
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      wall[name]!.push((elapsed * 1000) / batch);
      cpu[name]!.push((used.user + used.system) / batch);
    }
  }
  return { wall, cpu };
}

/** The per-round ratio `a / b`, as median with p10–p90. */
export const ratioSpread = (a: number[], b: number[], digits = 3) => spread(a.map((value, i) => value / b[i]!), digits);

/** The per-round difference `a - b`, as median with p10–p90. */
export const differenceSpread = (a: number[], b: number[], digits = 2) => spread(a.map((value, i) => value - b[i]!), digits);

/** Each variant's median per-call figure over the rounds. */
export const medians = (byVariant: Record<string, number[]>, digits = 2) =>
  Object.fromEntries(Object.entries(byVariant).map(([name, values]) => [name, round(median(values), digits)]));

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
