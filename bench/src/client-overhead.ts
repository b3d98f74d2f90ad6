// Our client (auth, retry and timeout on; logger off) vs bare openapi-fetch vs raw fetch: sequential
// GETs on loopback, and the same calls with a stubbed fetch to isolate per-call CPU cost. Also the
// generated resource method (`rs.candidates.retrieve(123)`) vs the path form it wraps (`throwing.GET`).
import { createRecruspace, createRecruspaceClient } from '@ats-sdk/client';
import type { paths } from '@ats-sdk/types/recruspace';
import createClient from 'openapi-fetch';
import { differenceSpread, medians, ratioSpread, rounds } from './stats.ts';
import { startLoopback } from './loopback-server.ts';

export interface ClientOverheadOptions {
  /** Rounds per setting: each round runs every variant once, side by side, order alternating. */
  rounds: number;
  /** Loopback calls per variant per round (stubbed rounds make four times as many: they are shorter). */
  calls: number;
}

const PATH = '/api/v1/client/candidates/{candidate_id}/' as const;
const init = { params: { path: { candidate_id: 123 } } };

function variants(baseUrl: string, fetchImpl?: (request: Request) => Promise<Response>) {
  // Defaults: retries (2) and the 60 s deadline on, logger off; and the same without a deadline.
  const ours = createRecruspaceClient({ apiKey: 'bench-key', baseUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const noDeadline = createRecruspaceClient({ apiKey: 'bench-key', baseUrl, timeoutMs: 0, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const resources = createRecruspace({ apiKey: 'bench-key', baseUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const bare = createClient<paths>({ baseUrl, headers: { Authorization: 'Bearer bench-key' }, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const raw = fetchImpl ?? fetch;
  const url = `${baseUrl}/api/v1/client/candidates/123/`;
  return {
    'raw fetch': async () => (await raw(new Request(url, { headers: { Authorization: 'Bearer bench-key' } }))).json(),
    'openapi-fetch': () => bare.GET(PATH, init),
    '@ats-sdk/client': () => ours.GET(PATH, init),
    '@ats-sdk/client, timeoutMs 0': () => noDeadline.GET(PATH, init),
    '@ats-sdk/client, path form (throwing)': () => resources.throwing.GET(PATH, init),
    '@ats-sdk/client, resource method': () => resources.candidates.retrieve(123),
  };
}

export async function clientOverhead({ rounds: count, calls }: ClientOverheadOptions) {
  const server = await startLoopback();
  try {
    // Loopback: wall time is what a caller waits; CPU time is this process's (client and the
    // in-process loopback server alike, so a ratio of it is diluted but steadier under load).
    const loopback = await rounds(variants(server.url), { rounds: count, batch: calls, warmup: Math.min(500, calls * 4) });
    const body = JSON.stringify({ id: 123, email: 'jane@example.com' });
    const stub = async () => new Response(body, { headers: { 'content-type': 'application/json' } });
    // Stubbed: no I/O, so CPU time per call is the cost; wall time adds only what preempts us.
    const stubbed = await rounds(variants('http://stub.invalid', stub), { rounds: count, batch: calls * 4, warmup: Math.min(2000, calls * 16) });
    const pairs = {
      clientVsOpenapiFetchLoopback: ['@ats-sdk/client', 'openapi-fetch'],
      clientVsRawFetchLoopback: ['@ats-sdk/client', 'raw fetch'],
      withoutDeadlineVsOpenapiFetchLoopback: ['@ats-sdk/client, timeoutMs 0', 'openapi-fetch'],
      resourceVsPathFormLoopback: ['@ats-sdk/client, resource method', '@ats-sdk/client, path form (throwing)'],
      resourceVsPathFormStub: ['@ats-sdk/client, resource method', '@ats-sdk/client, path form (throwing)'],
    } as const;
    const measured = (key: keyof typeof pairs) => (key.endsWith('Stub') ? stubbed : loopback);
    const ratios = Object.fromEntries(Object.entries(pairs).map(([key, [a, b]]) => [key, ratioSpread(measured(key as keyof typeof pairs).wall[a]!, measured(key as keyof typeof pairs).wall[b]!)]));
    const cpuRatios = Object.fromEntries(Object.entries(pairs).map(([key, [a, b]]) => [key, ratioSpread(measured(key as keyof typeof pairs).cpu[a]!, measured(key as keyof typeof pairs).cpu[b]!)]));
    // Added µs per stubbed call, from CPU time; the spread is over rounds.
    const added = {
      addedStub: differenceSpread(stubbed.cpu['@ats-sdk/client']!, stubbed.cpu['openapi-fetch']!),
      addedStubWithoutDeadline: differenceSpread(stubbed.cpu['@ats-sdk/client, timeoutMs 0']!, stubbed.cpu['openapi-fetch']!),
    };
    return {
      rounds: count,
      callsPerRound: { loopback: calls, stubbed: calls * 4 },
      loopbackMicrosPerCall: medians(loopback.wall),
      stubCpuMicrosPerCall: medians(stubbed.cpu),
      ratioVsOpenapiFetchLoopback: ratios.clientVsOpenapiFetchLoopback!.median,
      ratioVsRawFetchLoopback: ratios.clientVsRawFetchLoopback!.median,
      addedMicrosPerCallStub: added.addedStub.median,
      addedMicrosPerCallStubWithoutDeadline: added.addedStubWithoutDeadline.median,
      ratioVsOpenapiFetchLoopbackWithoutDeadline: ratios.withoutDeadlineVsOpenapiFetchLoopback!.median,
      ratioResourceVsPathFormStub: ratios.resourceVsPathFormStub!.median,
      ratioResourceVsPathFormLoopback: ratios.resourceVsPathFormLoopback!.median,
      ratios: { ...ratios, ...added },
      cpuRatios,
      targets: { ratioVsOpenapiFetchLoopback: 1.05, addedMicrosPerCallStub: 5, ratioResourceVsPathFormStub: 1.05, ratioResourceVsPathFormLoopback: 1.05 },
    };
  } finally {
    await server.close();
  }
}
