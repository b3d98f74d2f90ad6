// The mock's HTTP front: owns the socket and its limits, parses and checks bodies before Prism sees
// them, routes each path to its API, applies the stateful engine, and answers every failure with a
// 4xx in the API's own error shape instead of crashing. Browser-facing rules (CORS, admin-route
// guards) live in ./cors.ts and ./admin.ts.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { apiForPath, type MockApi } from '../apis.js';
import { errorBody } from '../engine/error-bodies.js';
import type { Operation, RoutedOperation } from '../engine/operations.js';
import { apiError, toMockRequest } from '../engine/request-input.js';
import { isWellEncoded } from '../engine/path-template.js';
import { endStaticList } from '../engine/static-pages.js';
import type { MockRequest, MockResponse, Spec } from '../engine/types.js';
import type { FastEngine } from '../engine/fast/index.js';
import type { StatefulApi } from '../engine/stateful/index.js';
import { ADMIN_PREFIX, createAdmin, type NextResponses } from './admin.js';
import { corsHeaders, preflight } from './cors.js';
import type { EngineResult } from './prism-engine.js';
import { BodyTooLargeError, readBody } from './read-body.js';

// Not `import … from 'node:http'`: an ES import of a built-in builds its namespace by reading
// every export, and node:http's lazy fetch-related exports then load undici (~35 ms of start-up).
const { createServer } = process.getBuiltinModule('node:http');

export interface ServedApi {
  spec: Spec;
  operations: Operation[];
  engine: (request: MockRequest) => Promise<EngineResult>;
  /** Prism's static answer computed without Prism, where it is provably the same (static and stateful modes). */
  fast?: FastEngine;
  /** Present in stateful mode. */
  stateful?: StatefulApi;
}

export interface FrontOptions {
  apis: Map<MockApi, ServedApi>;
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  /** The interface the server binds: admin routes need `adminToken` when it is not loopback. */
  host: string;
  adminToken?: string;
  /** How long a client may take to send its headers (Node's headersTimeout), in ms. */
  headersTimeoutMs?: number;
}

export function createMockHttpServer(options: FrontOptions): Server {
  const served = [...options.apis.keys()];
  const next: NextResponses = [];
  const admin = createAdmin({ ...options, next });
  const headersTimeout = options.headersTimeoutMs ?? 60_000;
  const server = createServer(
    { headersTimeout, requestTimeout: Math.max(300_000, headersTimeout), connectionsCheckingInterval: Math.min(30_000, headersTimeout / 2) },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        // Last resort, for a request the checks above did not foresee: still a 4xx in the API's shape.
        const api = apiForPath(req.url ?? '/', served) ?? served[0]!;
        send(res, apiError(api, 400, `The mock could not process this request: ${String(error)}`), req.headers.origin);
      });
    },
  );
  // What Node rejects before a request exists: each with the status HTTP has for it.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const [status, text] =
      error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout']
      : [400, 'Bad Request'];
    const body = JSON.stringify({ title: text, status, detail: error.message });
    socket.end(`HTTP/1.1 ${status} ${text}\r\nconnection: close\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const origin = req.headers.origin;
    const target = parseTarget(req.url ?? '/');
    if (!target) {
      req.resume();
      const api = apiForPath(req.url ?? '/', served);
      const problem = `The request-target ${JSON.stringify(req.url)} is not a valid path.`;
      return send(res, api ? apiError(api, 400, problem) : problemResponse(400, 'Bad request-target', problem));
    }
    const path = target.pathname;
    if (path.startsWith(ADMIN_PREFIX)) {
      if (req.method === 'OPTIONS') return send(res, { status: 204, headers: { 'content-length': '0' }, body: undefined }); // no CORS grant
      const raw = await readBody(req, 64 * 1024).catch(() => Buffer.alloc(0));
      return send(res, admin(req, path, raw));
    }
    if (req.method === 'OPTIONS' && origin && req.headers['access-control-request-method']) {
      req.resume();
      return send(res, preflight(req.headers), undefined);
    }
    const api = apiForPath(path, served);
    if (!api) {
      req.resume();
      return send(res, problemResponse(404, 'No route', `No API served here has the path ${path}.`), origin);
    }
    const { spec, operations, engine, fast, stateful } = options.apis.get(api)!;
    if (!isWellEncoded(path)) {
      req.resume();
      return send(res, apiError(api, 404, `The path ${path} has a malformed %-escape, so it names no resource.`), origin);
    }
    let raw: Buffer;
    try {
      raw = await readBody(req, options.bodyLimit);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      res.once('finish', () => closeAfterAnswer(req.socket));
      return send(res, apiError(api, 413, error.message), origin);
    }
    // HEAD is answered as GET (Node drops the body of a HEAD response).
    const arrived = { method: req.method ?? 'GET', path, searchParams: target.searchParams, headers: { ...req.headers }, body: raw };
    const prepared = await toMockRequest(api, spec, operations, arrived);
    if ('status' in prepared) return send(res, prepared, origin);
    const { request, routed } = prepared;
    const planned = routed ? takeNext(api, routed) : undefined;
    if (planned) request.headers = { ...request.headers, prefer: planned };
    const quick = fast?.(request);
    const result: EngineResult = quick ? { ...quick, requestViolations: [], generatedByPrism: false } : await engine(request);
    let response: MockResponse = withReadableErrors(api, result);
    const valid = result.status < 300 && !result.requestViolations.some((v) => v.severity === 'Error');
    if (valid && !planned) {
      // Stateful answers come from state; what state does not cover is the example, as in static mode.
      response = (stateful && routed ? stateful.handle(request, routed, response) : undefined) ?? endStaticList(request, response);
    }
    return send(res, response, origin);
  }

  /** The Prefer header for a response queued through `POST /__mock/next` for this operation. */
  function takeNext(api: MockApi, routed: RoutedOperation): string | undefined {
    const index = next.findIndex((n) => n.operationId === routed.operation.operationId && (!n.api || n.api === api));
    if (index < 0) return undefined;
    const [planned] = next.splice(index, 1);
    return [planned!.status !== undefined ? `code=${planned!.status}` : '', planned!.example ? `example=${planned!.example}` : '']
      .filter(Boolean)
      .join(', ');
  }

  return server;
}

/**
 * The rest of an oversized body is never wanted, so the connection closes once the 413 is out. Not
 * at once: a client still sending would get a reset that can discard the 413 before it reads it.
 * So the mock stops writing, throws away what still arrives for a moment (a few MB at most), then
 * closes: a "lingering close", as web servers do.
 */
function closeAfterAnswer(socket: Socket) {
  const LINGER_MS = 500;
  const LINGER_BYTES = 8 * 1024 * 1024;
  const start = socket.bytesRead;
  socket.end();
  const onData = () => socket.bytesRead - start > LINGER_BYTES && socket.destroy();
  socket.on('data', onData);
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

/** The path and query of a request-target, or undefined when it is not one (`//[`, `*`). */
function parseTarget(raw: string): URL | undefined {
  if (!raw.startsWith('/')) return undefined;
  try {
    return new URL(`http://mock.local${raw}`);
  } catch {
    return undefined;
  }
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

export function problemResponse(status: number, title: string, detail: string): MockResponse {
  return { status, headers: { 'content-type': 'application/problem+json' }, body: { type: 'about:blank', title, status, detail } };
}

function send(res: ServerResponse, response: MockResponse, origin?: string) {
  if (res.headersSent) return void res.end();
  const headers: Record<string, string> = { ...response.headers, ...(origin ? corsHeaders(origin, Object.keys(response.headers)) : {}) };
  const payload = payloadOf(response.body, headers['content-type'] ?? '');
  if (payload !== undefined) headers['content-length'] = String(typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length);
  res.writeHead(response.status, headers);
  res.end(payload);
}

/**
 * Serialized once per body the fast path hands out (frozen, shared by every request it answers),
 * as bytes: a static answer is then a lookup and a write. Other bodies are built per request.
 */
const serialized = new WeakMap<object, Buffer>();

function payloadOf(body: unknown, type: string): string | Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' && !/json/.test(type)) return body;
  if (typeof body !== 'object' || !Object.isFrozen(body)) return JSON.stringify(body);
  let bytes = serialized.get(body);
  if (!bytes) serialized.set(body, (bytes = Buffer.from(JSON.stringify(body))));
  return bytes;
}
