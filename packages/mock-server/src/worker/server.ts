// The mock's HTTP front: owns the socket and its limits, parses and checks bodies before Prism sees
// them (Prism has crashed on malformed multipart), routes each path to its API's engine, applies the
// stateful layer, and answers every failure with a 4xx that says why instead of crashing.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { apiForPath, type MockApi } from '../apis.js';
import { errorBody } from './error-bodies.js';
import type { EngineResult } from './prism-engine.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import type { StatefulLayer } from './stateful/layer.js';
import type { MockRequest, MockResponse } from './types.js';

export interface FrontOptions {
  engines: Map<MockApi, (request: MockRequest) => Promise<EngineResult>>;
  stateful: Map<MockApi, StatefulLayer>;
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
}

const ADMIN = '/__mock/';

export function createMockHttpServer(options: FrontOptions): Server {
  const served = [...options.engines.keys()];
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Last resort: never let one request take the server down.
      send(res, { status: 500, headers: { 'content-type': 'application/problem+json' }, body: { title: 'Mock server error', detail: String(error) } });
    });
  });
  // Garbage on the socket (not HTTP at all) gets a 400 and the connection closes.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://mock.local');
    if (url.pathname.startsWith(ADMIN)) return send(res, admin(req.method ?? 'GET', url.pathname));
    if (req.method === 'OPTIONS' && req.headers.origin && req.headers['access-control-request-method']) {
      return send(res, preflight(req));
    }
    const api = apiForPath(url.pathname, served);
    if (!api) {
      req.resume();
      return send(res, problemResponse(404, 'No route', `No API served here has the path ${url.pathname}.`));
    }
    const parsed = await parseBody(req, api, options.bodyLimit);
    if ('status' in parsed) return send(res, parsed);
    const request: MockRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: queryOf(url.searchParams),
      headers: req.headers,
      body: parsed.body,
      ...(parsed.form ? { form: parsed.form } : {}),
    };
    const result = await options.engines.get(api)!(request);
    let response: MockResponse = withReadableErrors(api, result);
    const layer = options.stateful.get(api);
    if (layer && result.status < 300 && !result.requestViolations.some((v) => v.severity === 'Error')) {
      response = layer.apply(request, response) ?? response;
    }
    return send(res, response, req.headers.origin);
  }

  function admin(method: string, path: string): MockResponse {
    const json = { 'content-type': 'application/json' };
    if (path === `${ADMIN}health` && method === 'GET') {
      const { rss, heapUsed } = process.memoryUsage();
      return { status: 200, headers: json, body: { status: 'ok', apis: served, pid: process.pid, memory: { rss, heapUsed } } };
    }
    if (path === `${ADMIN}state` && method === 'GET') {
      return { status: 200, headers: json, body: Object.fromEntries([...options.stateful].map(([api, l]) => [api, l.snapshot()])) };
    }
    if (path === `${ADMIN}reset` && method === 'POST') {
      for (const layer of options.stateful.values()) layer.reset();
      return { status: 204, headers: {}, body: undefined };
    }
    return problemResponse(404, 'No admin route', `Admin routes: GET ${ADMIN}health, GET ${ADMIN}state, POST ${ADMIN}reset.`);
  }

  return server;
}

/** Reads and checks the body: too large → 413, broken JSON or multipart → 400, each saying why. */
async function parseBody(
  req: IncomingMessage,
  api: MockApi,
  limit: number,
): Promise<{ body: unknown; form?: Record<string, string> } | MockResponse> {
  let raw: Buffer;
  try {
    raw = await readBody(req, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return apiError(api, 413, error.message);
    throw error;
  }
  if (raw.length === 0) return { body: null };
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (/^application\/([\w.+-]+\+)?json\b/.test(type)) {
    try {
      return { body: JSON.parse(raw.toString('utf8')) };
    } catch (error) {
      return apiError(api, 400, `Malformed JSON body: ${(error as Error).message}`);
    }
  }
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData();
    } catch (error) {
      return apiError(api, 400, `Malformed multipart body: ${(error as Error).message}`);
    }
    const fields: Record<string, string> = {};
    form.forEach((value, key) => {
      if (typeof value === 'string') fields[key] = value;
    });
    return { body: raw.toString('latin1'), form: fields };
  }
  return { body: raw.toString('latin1') }; // Prism parses multipart from text; latin1 keeps bytes 1:1
}

/** When Prism served the spec's canned error example for an invalid request, say what was wrong. */
function withReadableErrors(api: MockApi, result: EngineResult): MockResponse {
  const errors = result.requestViolations.filter((v) => v.severity === 'Error');
  const isRequestError = result.status >= 400 && result.status < 500 && ![401, 403].includes(result.status);
  if (!errors.length || !isRequestError || result.generatedByPrism) return result;
  return {
    status: result.status,
    headers: { ...result.headers, 'content-type': 'application/json' },
    body: errorBody(api, result.status, errors),
  };
}

function apiError(api: MockApi, status: number, message: string): MockResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: errorBody(api, status, [], message) };
}

function problemResponse(status: number, title: string, detail: string): MockResponse {
  return { status, headers: { 'content-type': 'application/problem+json' }, body: { type: 'about:blank', title, status, detail } };
}

function preflight(req: IncomingMessage): MockResponse {
  return {
    status: 204,
    headers: {
      'access-control-allow-methods': String(req.headers['access-control-request-method']),
      'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? '*'),
      'content-length': '0',
      vary: 'origin',
    },
    body: undefined,
  };
}

function queryOf(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

function send(res: ServerResponse, response: MockResponse, origin?: string) {
  if (res.headersSent) return void res.end();
  const headers: Record<string, string> = { ...response.headers };
  if (origin) {
    headers['access-control-allow-origin'] = origin;
    headers['access-control-allow-credentials'] = 'true';
    headers['access-control-expose-headers'] = '*';
  }
  let payload: string | undefined;
  if (response.body !== undefined && response.body !== null) {
    const type = headers['content-type'] ?? '';
    payload = typeof response.body === 'string' && !/json/.test(type) ? response.body : JSON.stringify(response.body);
  }
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  res.writeHead(response.status, headers);
  res.end(payload);
}
