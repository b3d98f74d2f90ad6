// One API's mock as a function from a fetch Request to a fetch Response, for MSW to call: the same
// steps as the Node front (@ats-sdk/mock-server, src/worker/server.ts), each from the shared engine.
// Where the server asks Prism (an invalid request, a failed login, a Prefer the fast path does not
// model) this answers from the engine's request explainer and the API's error shape instead.
import {
  createFastEngine,
  createRequestExplainer,
  createStatefulApi,
  documents,
  endStaticList,
  apiError as engineApiError,
  errorBody,
  indexOperations,
  isWellEncoded,
  pathExists,
  staticResponse,
  toMockRequest,
  type MockApi,
  type MockRequest,
  type MockResponse,
  type RoutedOperation,
  type Spec,
} from '@ats-sdk/mock-server/engine';

export interface InProcessOptions {
  /** The origin (and path prefix, if any) the handlers answer under. */
  baseUrl: string;
  /** Keep created, updated and deleted objects, as `ats-mock --stateful` does. */
  stateful?: boolean | { limit?: number };
  /** Named examples to answer with, by operationId, when a request sends no `Prefer`. */
  examples?: Record<string, string>;
}

export interface InProcessMock {
  api: MockApi;
  baseUrl: string;
  operations: ReturnType<typeof indexOperations>;
  handle(request: Request): Promise<Response>;
  /** Back to the seeded state (stateful mode); a no-op otherwise. */
  reset(): void;
}

export function createInProcessMock(api: MockApi, spec: Spec, options: InProcessOptions): InProcessMock {
  const operations = indexOperations(spec);
  const fast = createFastEngine(spec, operations);
  const explain = createRequestExplainer(spec);
  const limit = typeof options.stateful === 'object' ? (options.stateful.limit ?? 1000) : 1000;
  const stateful = options.stateful ? createStatefulApi(api, spec, operations, { limit }) : undefined;
  const base = new URL(options.baseUrl);
  const prefix = base.pathname.replace(/\/$/, '');
  const examples = preferencesFor(options.examples ?? {});

  async function answer(fetchRequest: Request): Promise<MockResponse> {
    const url = new URL(fetchRequest.url);
    const path = url.pathname.slice(prefix.length) || '/';
    if (!isWellEncoded(path)) return apiError(404, `The path ${path} has a malformed %-escape, so it names no resource.`);
    const arrived = {
      method: fetchRequest.method,
      path,
      searchParams: url.searchParams,
      headers: Object.fromEntries(fetchRequest.headers),
      body: new Uint8Array(await fetchRequest.arrayBuffer()),
    };
    const prepared = await toMockRequest(api, spec, operations, arrived);
    if ('status' in prepared) return prepared;
    const { request, routed } = prepared;
    if (!routed) return noRoute(path, request.method);
    const chosen = request.headers.prefer === undefined ? examples.get(routed.operation.operationId) : undefined;
    if (chosen) request.headers = { ...request.headers, prefer: chosen };

    const response = fast(request) ?? slow(request, routed);
    // As on the server: only a valid request's answer meets state, and a chosen example is served as is.
    if (response.status >= 300 || chosen) return response;
    return stateful?.handle(request, routed, response) ?? endStaticList(request, response);
  }

  /** What the server asks Prism for: a 401, a readable 400, or the response a Prefer names. */
  function slow(request: MockRequest, routed: RoutedOperation): MockResponse {
    const { operation } = routed;
    const verdict = explain(request, operation, routed.pathParams);
    if (!verdict.authenticated) {
      const documented = staticResponse(spec, operation, { code: 401 }, 'json');
      if (documented) return documented;
      const unauthorized = problem(401, 'UNAUTHORIZED', 'Invalid security scheme used', undefined, { 'WWW-Authenticate': 'Bearer' });
      return { ...unauthorized, headers: { ...unauthorized.headers, 'www-authenticate': 'Bearer' } };
    }
    const errors = verdict.violations;
    if (errors.length) {
      // The server's rule: 400 in the API's shape where documented, else 422; where neither is, Prism's own 422.
      if (documents(operation, 400) || documents(operation, 422)) return apiError(documents(operation, 400) ? 400 : 422, '', errors);
      if (errors.some((v) => v.code === 415)) return problem(415, 'INVALID_CONTENT_TYPE', errors.find((v) => v.code === 415)!.message);
      return problem(422, 'UNPROCESSABLE_ENTITY', 'Your request is not valid and no HTTP validation response was found in the spec, so Prism is generating this error for you.', errors);
    }
    const preferences = { ...parsePrefer(request.headers.prefer), ...queryPreferences(request.query) };
    // An example named for a response without content is no example: the response is served as is.
    const bare = preferences.example ? staticResponse(spec, operation, { ...preferences, example: undefined }, 'json') : undefined;
    const answer = staticResponse(spec, operation, preferences, 'json') ?? (bare?.body === undefined ? bare : undefined);
    if (answer && answer.body !== undefined && !acceptsJson(request.headers.accept)) {
      return problem(406, 'NOT_ACCEPTABLE', 'Unable to find content for the requested media type.');
    }
    if (answer) return answer;
    if (preferences.code !== undefined && !documents(operation, preferences.code)) {
      return problem(404, 'NOT_FOUND', `The server cannot find the requested content: no response for ${preferences.code}.`);
    }
    return problem(404, 'NOT_FOUND', `The server cannot find the requested content${preferences.example ? `: no example named ${preferences.example}` : ''}.`);
  }

  function noRoute(path: string, method: string): MockResponse {
    return pathExists(operations, path)
      ? problem(405, 'NO_METHOD_MATCHED_ERROR', `The route ${path} does not take ${method}.`)
      : problem(404, 'NO_PATH_MATCHED_ERROR', `The route ${path} hasn't been found in the specification file.`);
  }

  function apiError(status: number, message: string, violations: Parameters<typeof errorBody>[2] = []): MockResponse {
    if (!violations.length) return engineApiError(api, status, message);
    return { status, headers: { 'content-type': 'application/json' }, body: errorBody(api, status, violations) };
  }

  return {
    api,
    baseUrl: options.baseUrl,
    operations,
    async handle(request) {
      let response: MockResponse;
      try {
        response = await answer(request);
      } catch (error) {
        response = apiError(400, `The mock could not process this request: ${String(error)}`);
      }
      return toFetchResponse(request.method, response);
    },
    reset: () => stateful?.reset(),
  };

  /** `Prefer` values for the named examples: the status whose content documents the name. */
  function preferencesFor(named: Record<string, string>): Map<string, string> {
    const chosen = new Map<string, string>();
    for (const [operationId, example] of Object.entries(named)) {
      const operation = operations.find((o) => o.operationId === operationId);
      if (!operation) throw new Error(`options.examples: ${api} has no operation "${operationId}".`);
      const status = Object.keys(operation.responses).find((code) => operation.responses[code]?.content?.['application/json']?.examples?.[example] !== undefined);
      if (!status) throw new Error(`options.examples: ${operationId} documents no example named "${example}".`);
      chosen.set(operationId, `code=${status}, example=${example}`);
    }
    return chosen;
  }
}

function parsePrefer(header: unknown): { code?: number; example?: string } {
  const preferences: { code?: number; example?: string } = {};
  for (const part of String(header ?? '').split(',')) {
    const [name, value] = part.split('=').map((s) => s.trim());
    if (name === 'code' && value && /^\d{3}$/.test(value)) preferences.code = Number(value);
    if (name === 'example' && value) preferences.example = value;
  }
  return preferences;
}

/** An error Prism makes itself (no API shape): `application/problem+json`. */
function problem(status: number, type: string, detail: string, violations?: unknown[], headers?: Record<string, string>): MockResponse {
  return {
    status,
    headers: { 'content-type': 'application/problem+json' },
    body: { type: `https://stoplight.io/prism/errors#${type}`, title: detail, status, detail, ...(violations ? { validation: violations } : {}), ...(headers ? { headers } : {}) },
  };
}

/** Prism's query forms of Prefer: `?__code=404&__example=not-found`. */
function queryPreferences(query: MockRequest['query']): { code?: number; example?: string } {
  const code = [query.__code].flat()[0];
  const example = [query.__example].flat()[0];
  return { ...(code && /^\d{3}$/.test(code) ? { code: Number(code) } : {}), ...(example ? { example } : {}) };
}

/** Whether an Accept header (absent = anything) admits JSON. */
function acceptsJson(header: unknown): boolean {
  if (typeof header !== 'string' || header.trim() === '') return true;
  return header.split(',').some((range) => /^(\*\/\*|application\/\*|application\/([\w.+-]+\+)?json)\s*(;|$)/i.test(range.trim()));
}

function toFetchResponse(method: string, response: MockResponse): Response {
  const { body, headers } = response;
  const payload = body === undefined || body === null || method === 'HEAD' ? null : typeof body === 'string' && !/json/.test(headers['content-type'] ?? '') ? body : JSON.stringify(body);
  return new Response(response.status === 204 ? null : payload, { status: response.status, headers });
}
