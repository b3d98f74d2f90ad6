// Iterating a long list through `paginate` vs a hand-written page loop, against the loopback
// server: time ratio, and the heap growth seen while iterating (items stream: it should stay flat).
import { createRecruspaceClient } from '@ats-sdk/client';
import { medians, ratioSpread, round, rounds } from './stats.ts';
import { startLoopback } from './loopback-server.ts';

export interface PaginationOptions {
  items: number;
  /** Rounds, each walking the whole list once per variant, side by side (order alternating). */
  repetitions: number;
}

const PATH = '/api/v1/client/talent-pools/{talent_pool_id}/candidates/' as const;

export async function pagination({ items, repetitions }: PaginationOptions) {
  const server = await startLoopback(items);
  const rs = createRecruspaceClient({ apiKey: 'bench-key', baseUrl: server.url });
  const params = { path: { talent_pool_id: 1 }, query: { page_size: 100 } };
  try {
    const variants = {
      'hand-written loop': async () => {
        let count = 0;
        for (let page = 1; ; page++) {
          const { data } = await rs.GET(PATH, { params: { ...params, query: { ...params.query, page } } });
          for (const item of data!.results) if (item) count++;
          if (!data!.next) break;
        }
        if (count !== items) throw new Error(`hand loop saw ${count} items`);
      },
      paginate: async () => {
        let count = 0;
        for await (const item of rs.paginate(PATH, { params })) if (item) count++;
        if (count !== items) throw new Error(`paginate saw ${count} items`);
      },
    };
    const measured = await rounds(variants, { rounds: repetitions, batch: 1, warmup: 1 });
    // Memory: the largest live heap seen while streaming (a forced GC every 1,000 items, so garbage
    // is not counted; run with --expose-gc), against holding every item with toArray().
    const live = () => {
      globalThis.gc?.();
      return process.memoryUsage().heapUsed;
    };
    const base = live();
    let peak = 0;
    let count = 0;
    for await (const item of rs.paginate(PATH, { params })) {
      if (item && ++count % 1000 === 0) peak = Math.max(peak, live() - base);
    }
    const before = live();
    const all = await rs.paginate(PATH, { params }).toArray();
    const held = live() - before;
    if (all.length !== items) throw new Error('toArray lost items');
    return {
      items,
      pageSize: 100,
      millis: Object.fromEntries(Object.entries(medians(measured.wall)).map(([k, v]) => [k, round(v / 1000, 1)])),
      ratioPaginateVsHandLoop: ratioSpread(measured.wall.paginate!, measured.wall['hand-written loop']!).median,
      ratios: { paginateVsHandLoop: ratioSpread(measured.wall.paginate!, measured.wall['hand-written loop']!) },
      cpuRatios: { paginateVsHandLoop: ratioSpread(measured.cpu.paginate!, measured.cpu['hand-written loop']!) },
      peakLiveHeapStreamingMB: round(peak / 1024 / 1024, 2),
      liveHeapToArrayMB: round(held / 1024 / 1024, 2),
      gcExposed: typeof globalThis.gc === 'function',
      targets: { ratioPaginateVsHandLoop: 1.1 },
    };
  } finally {
    await server.close();
  }
}
