// Turning what arrived into the engine's MockRequest, shared by the Node front (src/worker/server.ts)
// and the in-process MSW front (@ats-sdk/msw): the body parsed by its content type (broken JSON or
// multipart → a 400 in the API's shape), the query as name → value(s), the auth scheme's case.
// Web-platform APIs only (TextDecoder, Response.formData), so it runs in a browser too.
import type { MockApi } from '../apis.js';
import { errorBody } from './error-bodies.js';
import { FormBodyError, formToObject } from './form-body.js';
import { routeOperation, type Operation, type RoutedOperation } from './operations.js';
import { applyDrfParameters } from './recruspace-params.js';
import type { MockRequest, MockResponse, Spec } from './types.js';

export type ParsedBody = { body: unknown; form?: true } | MockResponse;

/** What a front hands over: the request as it arrived, its body read in full. */
export interface ArrivedRequest {
  method: string;
  path: string;
  searchParams: URLSearchParams;
  /** Lower-case names; the front's own copy (it is changed in place). */
  headers: MockRequest['headers'];
  body: Uint8Array;
}

/**
 * The steps every front takes before answering: route (HEAD as GET), parse the body, canonical auth
 * scheme, and Recruspace's DRF parameter rules. A MockResponse when the request is answered already
 * (a broken body, a bad page); else the engine's request and its operation (undefined: no route).
 */
export async function toMockRequest(
  api: MockApi,
  spec: Spec,
  operations: Operation[],
  arrived: ArrivedRequest,
): Promise<MockResponse | { request: MockRequest; routed: RoutedOperation | undefined }> {
  const method = arrived.method === 'HEAD' ? 'GET' : arrived.method;
  const routed = routeOperation(operations, method, arrived.path);
  const contentType = arrived.headers['content-type'];
  const parsed = await parseBody(api, spec, arrived.body, typeof contentType === 'string' ? contentType : undefined, routed?.operation);
  if ('status' in parsed) return parsed;
  const headers = withCanonicalAuthScheme(arrived.headers);
  if (parsed.form) {
    // Prism reads multipart from raw text (and %-decodes names, and cannot read JSON parts); the
    // engine gets the object parsed here, presented as a JSON body so it is validated by its schema.
    headers['content-type'] = 'application/json';
    delete headers['content-length'];
  }
  const request: MockRequest = { method, path: arrived.path, query: queryOf(arrived.searchParams), headers, body: parsed.body };
  if (api !== 'recruspace' || !routed) return { request, routed };
  const checked = applyDrfParameters(request, routed);
  return 'status' in checked ? checked : { request: checked, routed };
}

/** Parses the body by its content type: broken JSON or multipart → 400, each saying why. */
export async function parseBody(api: MockApi, spec: Spec, raw: Uint8Array, contentType: string | undefined, operation: Operation | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { body: null };
  const type = contentType ?? '';
  const mediaType = type.split(';')[0]!.trim().toLowerCase(); // only the media type is case-insensitive
  if (/^application\/([\w.+-]+\+)?json$/.test(mediaType)) {
    try {
      return { body: JSON.parse(new TextDecoder().decode(raw)) };
    } catch (error) {
      return apiError(api, 400, `Malformed JSON body: ${(error as Error).message}`);
    }
  }
  if (mediaType === 'multipart/form-data') {
    let form: FormData;
    try {
      // The original header: the boundary parameter is case-sensitive (`----WebKitFormBoundary…`).
      form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData();
    } catch (error) {
      return apiError(api, 400, `Malformed multipart body: ${(error as Error).message}`);
    }
    try {
      return { body: await formToObject(spec, form, operation), form: true };
    } catch (error) {
      if (error instanceof FormBodyError) return apiError(api, 400, error.message);
      throw error;
    }
  }
  return { body: latin1(raw) }; // Prism answers 415 for types the operation does not take
}

export function apiError(api: MockApi, status: number, message: string): MockResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: errorBody(api, status, [], message) };
}

export function queryOf(params: URLSearchParams): MockRequest['query'] {
  const query: MockRequest['query'] = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

/** RFC 7235: the auth scheme is case-insensitive (`bearer x` is as good as `Bearer x`). */
export function withCanonicalAuthScheme(headers: MockRequest['headers']): MockRequest['headers'] {
  if (typeof headers.authorization === 'string') headers.authorization = headers.authorization.replace(/^bearer(?=\s)/i, 'Bearer');
  return headers;
}

/** ISO-8859-1, byte for byte (TextDecoder's "latin1" is windows-1252, which differs in 0x80–0x9F). */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}
