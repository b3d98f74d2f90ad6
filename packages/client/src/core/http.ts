// Each call's Request, built with openapi-fetch's own serializers (the query string, body and headers
// its createClient would send), and each Response read the way createClient reads it.
// The client does its own fetching, retries, JSON parsing and errors (transport.ts,
// create-api-client.ts), so createClient's remaining machinery (middleware, its fetch and parse
// steps) would add ~1.3 kB min+gzip to every app that imports the client, for nothing it uses.
import { createQuerySerializer, defaultBodySerializer, mergeHeaders } from 'openapi-fetch';
import { AtsSdkError } from './errors.js';

/** A call's openapi-fetch-style init: params, body, headers, and any other RequestInit field (signal, …). */
export type RequestFields = Record<string, any> & {
  params?: { query?: Record<string, unknown>; path?: Record<string, unknown>; header?: Record<string, unknown> };
};

export type BuildRequest = (method: string, path: string, init: RequestFields) => Request;

/**
 * `template` with each `{name}` replaced by its URL-encoded value (a missing one is left as is).
 * Every path parameter of both specs is a plain `{name}` (OpenAPI's default simple style, as the
 * resource table assumes too), so openapi-fetch's serializer for the label and matrix styles is not
 * needed. `.` and `..` are refused: the URL parser would collapse them into a different endpoint.
 * (An empty value is sent: the server answers it.)
 */
export function expandPath(template: string, values: Record<string, unknown> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (values?.[name] == null) return placeholder;
    const value = String(values[name]);
    if (/^\.\.?$/.test(value)) throw new AtsSdkError(`Invalid path parameter \`${name}\`: "${value}"`);
    return encodeURIComponent(value);
  });
}

/** Builds a client's Requests (to an expanded path): `baseUrl` (no trailing slash) and `headers` under every call's own. */
export function requestBuilder(baseUrl: string, headers: Record<string, string>): BuildRequest {
  const querySerializer = createQuerySerializer();
  const serializeJson = defaultBodySerializer as (body: unknown, headers: Headers) => BodyInit;
  return (method, path, { params = {}, body, bodySerializer = serializeJson, headers: own, ...init }) => {
    const merged = mergeHeaders(headers, own, params.header as Record<string, string>);
    const serialized = body === undefined ? undefined : bodySerializer(body, merged);
    // JSON unless the caller says otherwise; FormData gets its multipart boundary from fetch.
    if (serialized !== undefined && !(serialized instanceof FormData) && !merged.has('Content-Type')) {
      merged.set('Content-Type', 'application/json');
    }
    const query = querySerializer(params.query);
    return new Request(baseUrl + path + (query ? `?${query}` : ''), { ...init, method, body: serialized, headers: merged });
  };
}

/**
 * The body as openapi-fetch gives it: none for 204, HEAD or `Content-Length: 0`; an error body as JSON
 * when it parses, else as text; a 2xx body read as `parseAs` (`text` for JSON, parsed by the caller).
 */
export async function readBody(response: Response, method: string, parseAs: string): Promise<unknown> {
  const { headers } = response;
  if (
    response.status === 204 ||
    method === 'HEAD' ||
    (headers.get('Content-Length') === '0' && !headers.get('Transfer-Encoding')?.includes('chunked'))
  ) {
    return undefined;
  }
  if (!response.ok) {
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return parseAs === 'stream' ? response.body : (response as unknown as Record<string, () => Promise<unknown>>)[parseAs]!();
}
