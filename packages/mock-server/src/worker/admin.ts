// Admin routes under /__mock/: health, state, reset, and responses queued for the next call.
// They change or reveal the mock's state, so unlike the API routes they are closed to web pages:
// - no CORS grant, and a request whose Origin is not the mock's own is refused (a page's no-cors
//   POST would otherwise reset state);
// - the Host header must name the mock by IP or `localhost` (a DNS-rebinding page sends its own name);
// - bound to a non-loopback interface, every route but health needs the admin token
//   (`x-mock-admin-token`), since anyone on the network could call it.
import type { IncomingMessage } from 'node:http';
import type { MockApi } from '../apis.js';
import type { MockResponse } from '../engine/types.js';
import type { ServedApi } from './server.js';

// Built-ins through getBuiltinModule, as in ./server.ts: an ES import would load their lazy exports.
const { timingSafeEqual } = process.getBuiltinModule('node:crypto');
const { isIP } = process.getBuiltinModule('node:net');

export const ADMIN_PREFIX = '/__mock/';
export const ADMIN_TOKEN_HEADER = 'x-mock-admin-token';

/** A response planned for the next call to an operation (`POST /__mock/next`). */
export interface NextResponse {
  operationId: string;
  api?: MockApi;
  status?: number;
  example?: string;
}
export type NextResponses = NextResponse[];

interface AdminOptions {
  apis: Map<MockApi, ServedApi>;
  host: string;
  adminToken?: string;
  next: NextResponses;
}

const json = (status: number, body: unknown): MockResponse => ({ status, headers: { 'content-type': 'application/json' }, body });
const problem = (status: number, title: string, detail: string): MockResponse => ({
  status,
  headers: { 'content-type': 'application/problem+json' },
  body: { type: 'about:blank', title, status, detail },
});

export const isLoopback = (host: string) => {
  const bare = host.replace(/^\[|\]$/g, '');
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare);
};

const hostnameOf = (hostHeader: string) => {
  try {
    return new URL(`http://${hostHeader}`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return undefined;
  }
};

export function createAdmin(options: AdminOptions) {
  const { apis, next } = options;
  const tokenRequired = !isLoopback(options.host);

  function refused(req: IncomingMessage, route: string): MockResponse | undefined {
    const hostHeader = req.headers.host ?? '';
    const token = req.headers[ADMIN_TOKEN_HEADER];
    const tokenOk = typeof token === 'string' && !!options.adminToken && sameSecret(token, options.adminToken);
    if (route === 'health') return undefined;
    if (req.headers.origin && req.headers.origin !== `http://${hostHeader}`) {
      return problem(403, 'Forbidden', 'Admin routes do not answer web pages from other origins.');
    }
    const hostname = hostnameOf(hostHeader);
    if (!tokenOk && !(hostname && (hostname === 'localhost' || isIP(hostname)))) {
      return problem(403, 'Forbidden', 'Admin routes answer only requests addressed to the mock by IP address or localhost.');
    }
    if (tokenRequired && !tokenOk) {
      return problem(403, 'Forbidden', options.adminToken
        ? `Admin routes need the admin token in the ${ADMIN_TOKEN_HEADER} header when the mock is bound to ${options.host}.`
        : `Admin routes are off when the mock is bound to a non-loopback address (${options.host}) without an admin token (--admin-token or ATS_MOCK_ADMIN_TOKEN).`);
    }
    return undefined;
  }

  return function admin(req: IncomingMessage, path: string, raw: Buffer): MockResponse {
    const route = path.slice(ADMIN_PREFIX.length);
    const method = req.method ?? 'GET';
    const denied = refused(req, route);
    if (denied) return denied;
    if (route === 'health' && method === 'GET') {
      const { rss, heapUsed } = process.memoryUsage();
      return json(200, { status: 'ok', apis: [...apis.keys()], pid: process.pid, memory: { rss, heapUsed } });
    }
    if (route === 'state' && method === 'GET') {
      return json(200, Object.fromEntries([...apis].filter(([, a]) => a.stateful).map(([api, a]) => [api, a.stateful!.snapshot()])));
    }
    if (route === 'reset' && method === 'POST') {
      for (const served of apis.values()) served.stateful?.reset();
      next.length = 0;
      return { status: 204, headers: {}, body: undefined };
    }
    if (route === 'next' && method === 'GET') return json(200, next);
    if (route === 'next' && method === 'POST') return planNext(raw);
    return problem(404, 'No admin route', `Admin routes: GET ${ADMIN_PREFIX}health, GET ${ADMIN_PREFIX}state, POST ${ADMIN_PREFIX}reset, GET|POST ${ADMIN_PREFIX}next.`);
  };

  function planNext(raw: Buffer): MockResponse {
    let body: Partial<NextResponse>;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return problem(400, 'Bad request', 'Send JSON: {"operationId": "getCandidate", "status": 404} (optional "api", "example").');
    }
    const { operationId, api, status, example } = body ?? {};
    const owners = [...apis].filter(([name, a]) => (!api || api === name) && a.operations.some((op) => op.operationId === operationId));
    if (typeof operationId !== 'string' || owners.length === 0) {
      return problem(400, 'Unknown operation', `No served API has the operation ${JSON.stringify(operationId)}${api ? ` (api ${api})` : ''}.`);
    }
    if (status !== undefined && (!Number.isInteger(status) || !owners.some(([, a]) => a.operations.some((op) => op.operationId === operationId && String(status) in op.responses)))) {
      return problem(400, 'Undocumented status', `${operationId} does not document the status ${JSON.stringify(status)}.`);
    }
    if (status === undefined && typeof example !== 'string') return problem(400, 'Nothing planned', 'Give a "status", an "example" name, or both.');
    const planned: NextResponse = { operationId, ...(api ? { api } : {}), ...(status !== undefined ? { status } : {}), ...(typeof example === 'string' ? { example } : {}) };
    next.push(planned);
    return json(201, planned);
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
