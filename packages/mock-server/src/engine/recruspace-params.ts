// Recruspace is Django REST Framework, which does not answer bad parameters with a 400: a page that
// is not a page number (or past the end) is 404 `{"detail": "Invalid page."}`, a `page_size` above
// the maximum is clamped, an unparseable `page_size` falls back to the default, and an id that is not
// an integer matches no URL (404 `{"detail": "Not found."}`). The mock does the same, so a client
// never meets a status the spec does not document.
import { documents, type RoutedOperation } from './operations.js';
import type { MockRequest, MockResponse } from './types.js';

export const notFound = (detail = 'Not found.'): MockResponse => ({
  status: 404,
  headers: { 'content-type': 'application/json' },
  body: { detail },
});

/** The documented maximum page size (the spec may leave it out of the schema, since DRF clamps). */
export const RECRUSPACE_MAX_PAGE_SIZE = 100;

const isPositiveInteger = (value: unknown) => typeof value === 'string' && /^[1-9]\d*$/.test(value);

/** A 404 for parameters DRF would reject (where the operation documents it), or the request with `page_size` normalized. */
export function applyDrfParameters(request: MockRequest, routed: RoutedOperation): MockResponse | MockRequest {
  const { operation, pathParams } = routed;
  const has = (name: string) => operation.parameters.some((p) => p.in === 'query' && p.name === name);
  if (documents(operation, 404)) {
    for (const parameter of operation.parameters) {
      if (parameter.in === 'path' && parameter.schema?.type === 'integer' && !/^\d+$/.test(pathParams[parameter.name] ?? '')) {
        return notFound();
      }
    }
    // The URL resolver rejects a bad id before authentication; pagination runs after it (401 first).
    const authenticated = /^Bearer\s+\S/.test(String(request.headers.authorization ?? ''));
    if (authenticated && has('page') && request.query.page !== undefined && !isPositiveInteger(request.query.page)) return notFound('Invalid page.');
  }
  const query = { ...request.query };
  const pageSize = operation.parameters.find((p) => p.in === 'query' && p.name === 'page_size');
  if (pageSize && query.page_size !== undefined) {
    const maximum = Number(pageSize.schema?.maximum ?? RECRUSPACE_MAX_PAGE_SIZE);
    if (!isPositiveInteger(query.page_size)) delete query.page_size;
    else if (Number(query.page_size) > maximum) query.page_size = String(maximum);
  }
  return { ...request, query };
}
