// Our client (auth, retry and timeout on; logger off) vs bare openapi-fetch vs raw fetch: sequential
// GETs on loopback, and the same calls with a stubbed fetch to isolate per-call CPU cost. Also the
// generated resource method (`rs.candidates.retrieve(123)`) vs the path form it wraps (`throwing.GET`).
import { createRecruspace, createRecruspaceClient } from '@ats-sdk/client';
import type { paths } from '@ats-sdk/types/recruspace';
import createClient from 'openapi-fetch';
import { interleaved, round } from './stats.ts';
import { startLoopback } from './loopback-server.ts';

export interface ClientOverheadOptions {
  calls: number;
  repetitions: number;
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

export async function clientOverhead({ calls, repetitions }: ClientOverheadOptions) {
  const server = await startLoopback();
  try {
    const loopback = await interleaved(variants(server.url), { calls, batch: Math.max(1, calls / 20), repetitions, warmup: Math.min(500, calls) });
    const body = JSON.stringify({ id: 123, email: 'jane@example.com' });
    const stub = async () => new Response(body, { headers: { 'content-type': 'application/json' } });
    const stubbed = await interleaved(variants('http://stub.invalid', stub), { calls: calls * 4, batch: Math.max(1, calls / 5), repetitions, warmup: Math.min(2000, calls) });
    return {
      loopbackMicrosPerCall: mapRound(loopback),
      stubMicrosPerCall: mapRound(stubbed),
      ratioVsOpenapiFetchLoopback: round(loopback['@ats-sdk/client']! / loopback['openapi-fetch']!),
      ratioVsRawFetchLoopback: round(loopback['@ats-sdk/client']! / loopback['raw fetch']!),
      addedMicrosPerCallStub: round(stubbed['@ats-sdk/client']! - stubbed['openapi-fetch']!, 2),
      addedMicrosPerCallStubWithoutDeadline: round(stubbed['@ats-sdk/client, timeoutMs 0']! - stubbed['openapi-fetch']!, 2),
      ratioVsOpenapiFetchLoopbackWithoutDeadline: round(loopback['@ats-sdk/client, timeoutMs 0']! / loopback['openapi-fetch']!),
      ratioResourceVsPathFormStub: round(stubbed['@ats-sdk/client, resource method']! / stubbed['@ats-sdk/client, path form (throwing)']!),
      ratioResourceVsPathFormLoopback: round(loopback['@ats-sdk/client, resource method']! / loopback['@ats-sdk/client, path form (throwing)']!),
      targets: { ratioVsOpenapiFetchLoopback: 1.05, addedMicrosPerCallStub: 5, ratioResourceVsPathFormStub: 1.05, ratioResourceVsPathFormLoopback: 1.05 },
    };
  } finally {
    await server.close();
  }
}

const mapRound = (values: Record<string, number>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, round(v, 2)]));
