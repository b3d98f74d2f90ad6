// The typed surface of every client: openapi-fetch's calling convention (path, { params, body })
// and result shape ({ data, error, response }), typed straight from the generated `paths`.
// openapi-fetch's own method types pass bodies through Readable/Writable (read/write markers this
// project does not use), which turns open-enum members like `string & {}` into objects; typing the
// methods here keeps `data.status` assignable to `string` and known values suggested.
import type {
  ErrorResponse,
  FilterKeys,
  HttpMethod,
  IsOperationRequestBodyOptional,
  MediaType,
  OperationRequestBodyContent,
  PathsWithMethod,
  RequiredKeysOf,
  ResponseObjectMap,
  SuccessResponse,
} from 'openapi-typescript-helpers';
import type { PaginateOptions, Paginator } from './pagination.js';

/** Options any single call accepts besides its params and body. */
export interface CallOptions {
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** Cancels the call: it rejects with the signal's reason and is never retried. */
  signal?: AbortSignal;
  /** Retries for this call, overriding the client's `maxRetries`. */
  maxRetries?: number;
  /**
   * A deadline for this call, overriding the client's `timeoutMs`: it covers every attempt, the
   * waits between them and reading the body, then rejects with `TimeoutError`.
   */
  timeoutMs?: number;
  /** Turns the typed body into what fetch sends (e.g. FormData for multipart operations). */
  bodySerializer?: (body: any) => BodyInit | null | undefined;
  /** Reads the response as something other than JSON. */
  parseAs?: 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';
}

/** Call options of an API that honours `Idempotency-Key` (Truto; Recruspace documents none). */
export interface IdempotentCallOptions extends CallOptions {
  /**
   * Sends an `Idempotency-Key` header, which makes a POST or PATCH safe to retry: `true` generates
   * one (a UUID) and reuses it on every retry; a string is sent as is.
   */
  idempotencyKey?: string | true;
}

type ParamsOption<Op> = Op extends { parameters: infer P }
  ? RequiredKeysOf<P> extends never
    ? { params?: P }
    : { params: P }
  : { params?: { query?: Record<string, unknown> } };

type BodyOption<Op> =
  OperationRequestBodyContent<Op> extends never
    ? { body?: never }
    : IsOperationRequestBodyOptional<Op> extends true
      ? { body?: OperationRequestBodyContent<Op> }
      : { body: OperationRequestBodyContent<Op> };

/** The second argument of a call to operation `Op`. */
export type CallInit<Op, Options extends CallOptions = CallOptions> = ParamsOption<Op> & BodyOption<Op> & Options;

/** Optional when nothing in the init is required, so `client.GET('/things/')` type-checks. */
type InitArgs<Op, O extends CallOptions> =
  RequiredKeysOf<CallInit<Op, O>> extends never ? [init?: CallInit<Op, O>] : [init: CallInit<Op, O>];

/**
 * The result of a call: exactly one of `data` (a 2xx body) or `error` (any other documented body),
 * with the response and the server's request id (`x-request-id` and similar) when it sent one.
 */
export type ApiResult<Op, Media extends MediaType = MediaType> =
  | { data: SuccessBody<Op, Media>; error?: never; response: Response; requestId: string | undefined }
  | { data?: never; error: ErrorBody<Op, Media>; response: Response; requestId: string | undefined };

/** The result of the throwing form: a 2xx body, always (an error status rejects with an ApiError). */
export interface DataResult<Op, Media extends MediaType = MediaType> {
  data: [SuccessBody<Op, Media>] extends [never] ? undefined : SuccessBody<Op, Media>;
  response: Response;
  requestId: string | undefined;
}

type Responses<Op> = ResponseObjectMap<Op> extends infer R extends Record<string | number, any> ? R : never;
/** The body of any 2xx response of `Op`. */
export type SuccessBody<Op, Media extends MediaType = MediaType> = SuccessResponse<Responses<Op>, Media>;
/** The body of any documented error response of `Op`. */
export type ErrorBody<Op, Media extends MediaType = MediaType> = ErrorResponse<Responses<Op>, Media>;

/** The operation at `Path` for `Method`. */
export type OperationAt<Paths, Path extends keyof Paths, Method extends HttpMethod> = FilterKeys<Paths[Path], Method>;

type ClientMethod<Paths extends {}, Method extends HttpMethod, O extends CallOptions> = <
  Path extends PathsWithMethod<Paths, Method>,
>(
  path: Path,
  ...init: InitArgs<OperationAt<Paths, Path, Method>, O>
) => Promise<ApiResult<OperationAt<Paths, Path, Method>>>;

type ThrowingMethod<Paths extends {}, Method extends HttpMethod, O extends CallOptions> = <
  Path extends PathsWithMethod<Paths, Method>,
>(
  path: Path,
  ...init: InitArgs<OperationAt<Paths, Path, Method>, O>
) => Promise<DataResult<OperationAt<Paths, Path, Method>>>;

type Method<Paths extends {}, M extends HttpMethod, Throwing extends boolean, O extends CallOptions> = Throwing extends true
  ? ThrowingMethod<Paths, M, O>
  : ClientMethod<Paths, M, O>;

/** One method per HTTP verb: resolving `ApiResult` (default form) or `DataResult` (throwing form). */
interface Methods<Paths extends {}, Throwing extends boolean, O extends CallOptions> {
  GET: Method<Paths, 'get', Throwing, O>;
  POST: Method<Paths, 'post', Throwing, O>;
  PUT: Method<Paths, 'put', Throwing, O>;
  PATCH: Method<Paths, 'patch', Throwing, O>;
  DELETE: Method<Paths, 'delete', Throwing, O>;
  HEAD: Method<Paths, 'head', Throwing, O>;
  OPTIONS: Method<Paths, 'options', Throwing, O>;
}

/** The same methods, resolving to `{ data, response, requestId }` and rejecting with an ApiError. */
export type ThrowingClient<Paths extends {}, O extends CallOptions = CallOptions> = Methods<Paths, true, O>;

/** The item type of a list body: Recruspace's `results[number]` or Truto's `result[number]`. */
export type ListItem<Body> = Body extends { results: readonly (infer Item)[] }
  ? Item
  : Body extends { result: readonly (infer Item)[]; next_cursor: unknown }
    ? Item
    : never;

type GetBody<Paths, Path extends keyof Paths> = SuccessBody<OperationAt<Paths, Path, 'get'>>;

/** The paths whose GET answers with a paginated list envelope. */
export type PaginatedPath<Paths extends {}> = {
  [Path in PathsWithMethod<Paths, 'get'>]: [ListItem<GetBody<Paths, Path>>] extends [never] ? never : Path;
}[PathsWithMethod<Paths, 'get'>];

type PaginateInit<Op, O extends CallOptions> = CallInit<Op, O> & PaginateOptions;
type PaginateArgs<Op, O extends CallOptions> =
  RequiredKeysOf<PaginateInit<Op, O>> extends never ? [init?: PaginateInit<Op, O>] : [init: PaginateInit<Op, O>];

/**
 * A typed client over an API's `paths`: one method per HTTP verb the spec uses. `O` is what a call
 * accepts besides params and body (`IdempotentCallOptions` where the API honours idempotency keys).
 */
export interface ApiClient<Paths extends {}, O extends CallOptions = CallOptions, Options = {}> extends Methods<Paths, false, O> {
  /**
   * A client with these options on top of this one's (headers are merged): per tenant, per integrated
   * account, or with other retries. It shares this client's rate limiter unless given its own `rateLimit`.
   */
  withOptions(options: Options): this;
  /**
   * The throwing form: `const { data } = await client.throwing.GET(…)` gives the 2xx body (never
   * undefined) and rejects with the ApiError subclass for an error status.
   */
  throwing: ThrowingClient<Paths, O>;
  /**
   * Every item of a list, across pages: `for await (const item of client.paginate(path, { params }))`.
   * Only paths whose GET returns a list envelope are accepted; `maxPages` / `maxItems` bound it.
   */
  paginate<Path extends PaginatedPath<Paths>>(
    path: Path,
    ...init: PaginateArgs<OperationAt<Paths, Path, 'get'>, O>
  ): Paginator<ListItem<GetBody<Paths, Path>>, GetBody<Paths, Path>>;
}
