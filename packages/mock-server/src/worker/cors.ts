// CORS for the API routes: any page may call the mock with credentials or a bearer token (it is a
// local test double), so the request's own origin is reflected and a preflight grants what it asks.
// Admin routes get none of this (see ./admin.ts).
import type { Headers, MockResponse } from '../engine/types.js';

/** CORS headers for a response; `exposed` are its own header names (a page may read them all). */
export function corsHeaders(origin: string, exposed: string[] = []): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    // Named, not `*`: with credentials a browser reads `*` as a header called "*".
    ...(exposed.length ? { 'access-control-expose-headers': exposed.join(', ') } : {}),
    vary: 'origin',
  };
}

export function preflight(headers: Headers): MockResponse {
  const origin = String(headers.origin);
  return {
    status: 204,
    headers: {
      ...corsHeaders(origin),
      'access-control-allow-methods': String(headers['access-control-request-method']),
      // `*` does not cover Authorization, so the requested headers are echoed instead.
      'access-control-allow-headers': String(headers['access-control-request-headers'] ?? 'authorization, content-type'),
      'access-control-max-age': '600',
      'content-length': '0',
    },
    body: undefined,
  };
}
