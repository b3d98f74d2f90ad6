// The runtime of the generated resource methods (src/resources/*.ts): each method is bound from one
// table row onto the path client, so a method is a few bytes of data, not code, and every call goes
// through the same core (retries, errors, pagination) as `client.throwing.GET(...)`.
import type { IsOperationRequestBodyOptional, OperationRequestBodyContent, RequiredKeysOf } from 'openapi-typescript-helpers';
import { toFormData } from './multipart.js';
import type { PaginateOptions, Paginator } from './pagination.js';
import type { CallOptions, DataResult, ListItem } from './types.js';
import { toFile, type Upload } from './uploads.js';

// Row flags, shared with scripts/render-resources.mjs.
const QUERY = 1;
const BODY = 2;
const MULTIPART = 4;
const LIST = 8;

/** One generated row: operationId, `METHOD /path`, flags, query names (when a body shares the object), file fields. */
export type ResourceRow = readonly [operation: string, route: string, flags: number, query?: string, files?: string];
export type ResourceTable = Readonly<Record<string, Readonly<Record<string, ResourceRow>>>>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type Params<Op> = Op extends { parameters: infer P } ? P : {};

/** The type of path parameter `Name` of `Op`. */
export type PathParam<Op, Name extends string> = Params<Op> extends { path: infer Path } ? Path[Name & keyof Path] : never;

type QueryOf<Op> = Params<Op> extends { query?: infer Q } ? ([Q] extends [object] ? Q : {}) : {};
/** Binary fields (typed `Blob`) take any `Upload`: a Blob, a File, bytes, or `{ data, filename, contentType }`. */
type Uploadable<T> = { [K in keyof T]: [NonNullable<T[K]>] extends [Blob] ? Upload | Exclude<T[K], Blob> : T[K] };
/** The request body type; `never` for an operation without one (whose `requestBody?: never` reads as undefined). */
type BodyContent<Op> = NonNullable<OperationRequestBodyContent<Op>>;
type BodyOf<Op> = [BodyContent<Op>] extends [never] ? {} : Uploadable<BodyContent<Op>>;
type HasInput<Op> = [keyof QueryOf<Op>] extends [never] ? ([BodyContent<Op>] extends [never] ? false : true) : true;

/** The one object a method takes after its path parameters: the query, the body, or both merged. */
export type Input<Op> = Simplify<QueryOf<Op> & BodyOf<Op>>;

/** What follows the path parameters: `(input, options)`, `input` optional when nothing in it is required. */
export type InputArgs<Op, O> =
  HasInput<Op> extends false
    ? [options?: O]
    : RequiredKeysOf<Input<Op>> extends never
      ? IsOperationRequestBodyOptional<Op> extends false
        ? [input: Input<Op>, options?: O]
        : [input?: Input<Op>, options?: O]
      : [input: Input<Op>, options?: O];

type Data<Op> = DataResult<Op>['data'];

/**
 * The success body of the call. It rejects with the `ApiError` subclass of an error status (whose
 * `operation` is the operationId); `.withResponse()` gives `{ data, response, requestId }`.
 */
export interface ApiPromise<Op> extends Promise<Data<Op>> {
  withResponse(): Promise<DataResult<Op>>;
}

/**
 * A list call: `await` it for the first page (the whole envelope), or `for await` it for every item
 * across pages; `.pages()` and `.toArray()` as on `paginate`.
 */
export interface PagePromise<Op> extends ApiPromise<Op>, Paginator<ListItem<Data<Op>>, Data<Op>> {}

/** Options of a list method: a call's, plus `maxPages` / `maxItems` for walking it. */
export type ListOptions<O> = O & PaginateOptions;

type Untyped = Record<string, any>;

function ignore() {}

function apiPromise(result: Promise<Untyped>): ApiPromise<unknown> {
  const data = result.then((r) => r.data) as ApiPromise<unknown>;
  data.withResponse = () => result as Promise<DataResult<unknown>>;
  // Using only `.withResponse()` must not leave `data` as an unhandled rejection.
  data.catch(ignore);
  return data;
}

/** Adds the table's resources onto `client` (the path client), one method per row. */
export function bindResources<Client extends object, Resources>(client: Client, table: ResourceTable): Client & Resources {
  const untyped = client as Untyped;
  for (const resource in table) {
    const group: Untyped = (untyped[resource] = {});
    const rows = table[resource]!;
    for (const name in rows) {
      const [operation, route, flags, queryNames, files] = rows[name]!;
      const [method, path] = route.split(' ') as [string, string];
      const pathNames = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const inQuery = queryNames && new Set(queryNames.split(','));
      group[name] = (...args: unknown[]) => {
        const params: Untyped = { path: {} };
        pathNames.forEach((p, i) => (params.path[p] = args[i]));
        let at = pathNames.length;
        const input = flags & (QUERY | BODY) ? (args[at++] as Untyped | undefined) : undefined;
        // `operation` marks the ApiErrors of this call (and of every page of a list) with the operationId.
        const init: Untyped = { ...(args[at] as Untyped), params, operation };
        if (flags & BODY) {
          let body: Untyped = { ...input };
          if (inQuery) {
            params.query = {};
            body = {};
            for (const key in input) (inQuery.has(key) ? params.query : body)[key] = input[key];
          }
          for (const field of files ? files.split(',') : []) if (body[field] != null) body[field] = toFile(body[field], field);
          init.body = body;
          if (flags & MULTIPART) init.bodySerializer = toFormData;
        } else if (input) params.query = input;
        if (flags & LIST) return pagePromise(untyped, path, init);
        return apiPromise(untyped.throwing[method](path, init));
      };
    }
  }
  return client as Client & Resources;
}

function pagePromise(client: Untyped, path: string, init: Untyped) {
  const { maxPages, maxItems, ...call } = init;
  let first: ApiPromise<unknown> | undefined;
  // Lazy: only `await` fetches the first page; `for await` walks the list through paginate.
  const firstPage = () => (first ??= apiPromise(client.throwing.GET(path, call)));
  return Object.assign(client.paginate(path, init) as Paginator<unknown>, {
    then: (onData?: (v: unknown) => unknown, onError?: (e: unknown) => unknown) => firstPage().then(onData, onError),
    catch: (onError?: (e: unknown) => unknown) => firstPage().catch(onError),
    finally: (onFinally?: () => void) => firstPage().finally(onFinally),
    withResponse: () => firstPage().withResponse(),
  });
}
