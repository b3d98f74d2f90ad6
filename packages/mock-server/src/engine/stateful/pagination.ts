// Each API's list style applied to stored items, so a client's pagination loop sees every item once:
// Recruspace pages like Django REST Framework (`page`, `page_size`, absolute `next`/`previous`
// links, 404 "Invalid page." past the end); Truto takes `limit` and an opaque `next_cursor`.
import type { MockRequest } from '../types.js';

type Json = Record<string, any>;
export type Page = { ok: true; body: Json } | { ok: false; status: number; message: string };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const positive = (value: string | undefined) => (value !== undefined && /^[1-9]\d*$/.test(value) ? Number(value) : undefined);

/** DRF's PageNumberPagination over `items`; `template` is the example page, for its other keys. */
export function pageNumberPage(request: MockRequest, items: Json[], template: Json, defaultSize: number, maxSize: number): Page {
  const size = Math.min(positive(first(request.query.page_size)) ?? defaultSize, maxSize);
  const rawPage = first(request.query.page);
  const page = rawPage === undefined ? 1 : positive(rawPage);
  const pages = Math.max(1, Math.ceil(items.length / size));
  if (page === undefined || page > pages) return { ok: false, status: 404, message: 'Invalid page.' };
  const link = (n: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(request.query)) for (const v of [value].flat()) if (key !== 'page') query.append(key, v);
    if (n > 1) query.set('page', String(n));
    const host = first(request.headers.host as string | string[] | undefined) ?? 'localhost';
    const search = query.toString();
    return `http://${host}${request.path}${search ? `?${search}` : ''}`;
  };
  return {
    ok: true,
    body: {
      ...template,
      count: items.length,
      next: page < pages ? link(page + 1) : null,
      previous: page > 1 ? link(page - 1) : null,
      results: items.slice((page - 1) * size, page * size),
    },
  };
}

const encodeCursor = (offset: number) => btoa(`offset:${offset}`);
function decodeCursor(cursor: string): number | undefined {
  try {
    const found = /^offset:(\d+)$/.exec(atob(cursor));
    return found ? Number(found[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Truto's cursor pagination over `items`; `template` is the example page, for its other keys. */
export function cursorPage(request: MockRequest, items: Json[], template: Json, defaultLimit: number): Page {
  const limit = positive(first(request.query.limit)) ?? defaultLimit;
  const cursor = first(request.query.next_cursor);
  const offset = cursor === undefined ? 0 : decodeCursor(cursor);
  if (offset === undefined) return { ok: false, status: 400, message: `next_cursor "${cursor}" is not a cursor this list gave out.` };
  const result = items.slice(offset, offset + limit);
  const body: Json = { ...template, result, next_cursor: offset + limit < items.length ? encodeCursor(offset + limit) : null };
  if ('prev_cursor' in template) body.prev_cursor = offset > 0 ? encodeCursor(Math.max(0, offset - limit)) : null;
  if ('result_count' in template) body.result_count = result.length;
  return { ok: true, body };
}
