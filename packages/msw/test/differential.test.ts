// The MSW handlers against the mock server: the corpus the fast-engine lane sends to Prism
// (../mock-server/test/request-corpus.ts: every operation of both APIs, valid and invalid requests,
// auth failures, Prefer, Accept and HEAD variants) goes to `startMockServer` over HTTP and through
// the handlers (msw/node). The status and the content type must be the same; a success body must be
// the same JSON; an error body must have the same shape (the same top-level fields; for
// Recruspace's field map the same fields), since the server words some errors as Prism does.
import { startMockServer, type MockServer } from '@ats-sdk/mock-server';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus, type Case } from '../../mock-server/test/request-corpus.js';
import { recruspaceHandlers, unifiedAtsHandlers } from '../src/index.js';

const BASE = { recruspace: 'http://recruspace.msw.test', 'unified-ats': 'http://unified-ats.msw.test' } as const;
const APIS = ['recruspace', 'unified-ats'] as const;

async function answerOf(base: string, c: Case): Promise<{ status: number; type: string | null; body: unknown }> {
  const body = c.method === 'GET' || c.method === 'HEAD' ? undefined : c.body?.();
  const response = await fetch(base + c.url, { method: c.method, headers: c.headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  let json: unknown = text;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {}
  return { status: response.status, type: response.headers.get('content-type'), body: json };
}

/** Times the store stamps (`created_at`) differ by the moment each mock ran, not by behaviour. */
const STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const unstamped = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(unstamped)
  : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unstamped(v)]))
  : typeof value === 'string' && STAMP.test(value) ? '<time>'
  : value;

/** What must agree: the whole body for a success, the shape of an error. */
function comparable(answer: { status: number; type: string | null; body: unknown }) {
  const { status, type } = answer;
  const body = unstamped(answer.body);
  if (status < 400 || !body || typeof body !== 'object') return { status, type, body };
  return { status, type, fields: Object.keys(body).sort() };
}

for (const stateful of [false, true]) {
  describe(stateful ? 'stateful mode' : 'static mode', () => {
    let mock: MockServer;
    const msw = setupServer(
      ...recruspaceHandlers({ baseUrl: BASE.recruspace, stateful }),
      ...unifiedAtsHandlers({ baseUrl: BASE['unified-ats'], stateful }),
    );
    beforeAll(async () => {
      mock = await startMockServer({ api: 'all', stateful });
      msw.listen({ onUnhandledFrame: 'bypass' }); // the mock server's own requests go to the network
    });
    afterAll(async () => {
      msw.close();
      await mock?.close();
    });

    describe.each(APIS)('%s: the handlers answer as the server', (api) => {
      // In stateful mode a Prefer example is served as is; the rest changes state in the same order on both.
      const cases = corpus(api).filter((c) => !stateful || !/Prefer code=\d+, example=/.test(c.name));
      it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
        const server = await answerOf(mock.url, c);
        const handlers = await answerOf(BASE[api], c);
        expect(comparable(handlers)).toEqual(comparable(server));
      });
    });
  });
}
