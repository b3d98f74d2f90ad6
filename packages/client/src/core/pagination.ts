// Auto-pagination over the two list styles: Recruspace's page numbers (DRF `{count, next, results}`)
// and Truto's cursors (`{result, next_cursor}`). Lazy: a page is fetched only once the previous one
// has been consumed, and only that page is held, so memory stays flat however long the list.
import { PaginationError } from './errors.js';
import { redactUrl } from './logger.js';

/** Guards on how far `paginate` goes; reaching one ends the iteration without an error. */
export interface PaginateOptions {
  /** Fetch at most this many pages. */
  maxPages?: number;
  /** Yield at most this many items (no page is fetched past it). */
  maxItems?: number;
}

/** `page`: follow `next` by its `page` number (Recruspace). `cursor`: send `next_cursor` back (Truto). */
export type PageStyle = 'page' | 'cursor';

/**
 * The items of a list, across pages: `for await (const item of paginator)`, `await paginator.toArray()`,
 * or page by page with `paginator.pages()`. An HTTP error rejects with the ApiError for its status;
 * a repeated `next` / `next_cursor` rejects with PaginationError.
 */
export interface Paginator<Item, Page = unknown> extends AsyncIterable<Item> {
  [Symbol.asyncIterator](): AsyncIterableIterator<Item>;
  /** Each page's whole body (the envelope), in order. */
  pages(): AsyncGenerator<Page, void, undefined>;
  /** Every item in one array. Mind `maxItems`/`maxPages` on big lists: this holds them all. */
  toArray(): Promise<Item[]>;
}

type Query = Record<string, unknown>;

/** Recruspace's maximum page size, used unless the call sets `page_size`: fewer round trips. */
const MAX_PAGE_SIZE = 100;

export function paginator<Item, Page>(
  style: PageStyle,
  fetchPage: (query: Query) => Promise<Page>,
  firstQuery: Query | undefined,
  { maxPages = Infinity, maxItems = Infinity }: PaginateOptions,
): Paginator<Item, Page> {
  const cursorStyle = style === 'cursor';
  const list = cursorStyle ? 'result' : 'results';
  const nextKey = cursorStyle ? 'next_cursor' : 'next';

  const itemsOf = (page: any): Item[] => {
    const items = page?.[list];
    if (Array.isArray(items)) return items;
    // Truto with `truto_key_by`: `result` is an object of records keyed by that field.
    if (cursorStyle && items !== null && typeof items === 'object') return Object.values(items);
    throw new PaginationError(`No ${list} list to paginate`);
  };

  async function* pages() {
    let query: Query = cursorStyle ? { ...firstQuery } : { page_size: MAX_PAGE_SIZE, ...firstQuery };
    // Every page number / cursor requested: a repeat means the server would send us round in circles.
    // Keyed on what is actually requested, so a `next` that changes only other parameters still counts.
    const seen = new Set<string>();
    for (let count = 1; count <= maxPages; count++) {
      const page = await fetchPage(query);
      itemsOf(page);
      yield page;
      const next = (page as any)[nextKey];
      if (count >= maxPages || next == null || next === '') return;
      if (typeof next !== 'string') throw new PaginationError(`${nextKey} is not a string`);
      const requested = cursorStyle ? next : pageNumberOf(next);
      if (seen.has(String(requested))) throw new PaginationError(`Repeated ${nextKey}: ${cursorStyle ? next : redactUrl(next)}`);
      seen.add(String(requested));
      query = { ...query, ...(cursorStyle ? { next_cursor: next } : { page: requested }) };
    }
  }

  // Items are handed out from the current page by a plain iterator rather than an async generator
  // nested in pages(): one already-resolved promise per item instead of a generator round trip, which
  // kept paginate 1.8x slower than a hand-written page loop over 10,000 items (and an async step per
  // item through the chain, 1.15x: the fast path below is worth its 55 bytes).
  function items(): AsyncIterableIterator<Item> {
    const source = pages();
    let buffer: Item[] = [];
    let index = 0;
    let yielded = 0;
    let finished = !(maxItems > 0 && maxPages > 0);
    // Calls made before the previous one settled wait their turn, so no two share a page.
    let last: Promise<unknown> = Promise.resolve();
    const end = (): IteratorResult<Item> => ({ value: undefined, done: true });
    const step = (): Promise<IteratorResult<Item>> => {
      if (finished) return Promise.resolve(end());
      if (index < buffer.length) {
        const value = buffer[index++]!;
        if (++yielded >= maxItems) {
          finished = true;
          void source.return(undefined);
        }
        return Promise.resolve({ value, done: false });
      }
      return source.next().then((page) => {
        if (page.done) {
          finished = true;
          return end();
        }
        buffer = itemsOf(page.value);
        index = 0;
        return step();
      });
    };
    let pending = 0;
    const iterator: AsyncIterableIterator<Item> = {
      next(): Promise<IteratorResult<Item>> {
        // The common case (one caller awaiting each item) takes no detour through the chain.
        if (pending === 0 && index < buffer.length) return step();
        pending++;
        const result = last.then(step, step);
        const settled = () => void pending--;
        last = result.then(settled, settled);
        return result;
      },
      async return(): Promise<IteratorResult<Item>> {
        finished = true;
        buffer = [];
        await source.return(undefined);
        return end();
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  return {
    [Symbol.asyncIterator]: items,
    pages,
    async toArray() {
      const all: Item[] = [];
      for await (const item of items()) all.push(item);
      return all;
    },
  };
}

/** The `page` of a DRF `next` URL (absolute or relative). */
function pageNumberOf(next: string): number | string {
  const page = new URL(next, 'http://relative.invalid').searchParams.get('page');
  if (!page) throw new PaginationError(`No page in next: ${redactUrl(next)}`);
  return Number.isInteger(+page) ? +page : page;
}
