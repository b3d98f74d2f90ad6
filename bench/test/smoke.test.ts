// Every benchmark once, with tiny counts, so `pnpm bench` cannot rot. No timing is asserted here:
// timings belong to `pnpm bench`, whose ratios are read by people, not by a test.
import { describe, expect, it } from 'vitest';
import { clientOverhead } from '../src/client-overhead.ts';
import { mockServer } from '../src/mock-server.ts';
import { pagination } from '../src/pagination.ts';
import { pipeline } from '../src/pipeline.ts';
import { typecheckCost } from '../src/typecheck-cost.ts';

const positive = (value: unknown) => expect(typeof value === 'number' && Number.isFinite(value) && value > 0, String(value)).toBe(true);

describe('benchmarks run end to end with tiny counts', () => {
  it('client overhead', async () => {
    const result = await clientOverhead({ rounds: 3, calls: 10 });
    for (const value of [...Object.values(result.loopbackMicrosPerCall), ...Object.values(result.stubCpuMicrosPerCall)]) positive(value);
    for (const { median, p10, p90 } of [...Object.values(result.ratios), ...Object.values(result.cpuRatios)]) {
      expect(p10).toBeLessThanOrEqual(median);
      expect(median).toBeLessThanOrEqual(p90);
    }
    expect(result.addedMicrosPerCallStub).toBe(result.ratios.addedStub.median);
    positive(result.ratioVsOpenapiFetchLoopback);
    positive(result.ratioResourceVsPathFormStub);
    positive(result.ratioResourceVsPathFormLoopback);
  });

  it('pagination streams every item', async () => {
    const result = await pagination({ items: 250, repetitions: 1 });
    expect(result.items).toBe(250);
    positive(result.ratioPaginateVsHandLoop);
  });

  it('mock server start-up and throughput, ours and the Prism CLI', async () => {
    const result = await mockServer({ startups: 1, seconds: 1, repetitions: 1 });
    for (const value of [...Object.values(result.startupMs), ...Object.values(result.requestsPerSecond)]) positive(value);
    for (const { median, p10, p90 } of Object.values(result.ratios)) [median, p10, p90].forEach(positive);
  }, 120_000);

  it('pipeline: type generation per spec (builds are left to pnpm bench)', async () => {
    const result = await pipeline({ repetitions: 1, builds: false });
    positive(result.generateMs.recruspace);
    positive(result.generateMs['unified-ats']);
  });

  it('consumer type-check cost', async () => {
    const result = await typecheckCost({ repetitions: 1 });
    positive(result.consumerMs);
    positive(result.emptyMs);
  }, 60_000);
});
