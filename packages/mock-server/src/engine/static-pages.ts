// Static mode serves each list's example, whose `next` / `next_cursor` points further. Served as is
// for every page, a client's pagination loop would see the same page forever. So a request that asks
// for a later page (a `page` number or a cursor) gets the example as the last page: the list ends.
import type { MockRequest, MockResponse } from './types.js';

export function endStaticList(request: MockRequest, response: MockResponse): MockResponse {
  const body = response.body as Record<string, unknown> | null;
  if (response.status !== 200 || !body || typeof body !== 'object' || Array.isArray(body)) return response;
  if ('next' in body && Array.isArray(body.results) && request.query.page !== undefined && body.next !== null) {
    return { ...response, body: { ...body, next: null } };
  }
  if ('next_cursor' in body && Array.isArray(body.result) && request.query.next_cursor !== undefined && body.next_cursor !== null) {
    return { ...response, body: { ...body, next_cursor: null } };
  }
  return response;
}
