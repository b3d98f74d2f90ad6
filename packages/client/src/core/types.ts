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

/** Options any single call accepts besides its params and body. */
export interface CallOptions {
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** Cancels the call. */
  signal?: AbortSignal;
  /** Turns the typed body into what fetch sends (e.g. FormData for multipart operations). */
  bodySerializer?: (body: any) => BodyInit | null | undefined;
  /** Reads the response as something other than JSON. */
  parseAs?: 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';
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
export type CallInit<Op> = ParamsOption<Op> & BodyOption<Op> & CallOptions;

/** Optional when nothing in the init is required, so `client.GET('/things/')` type-checks. */
type InitArgs<Op> = RequiredKeysOf<CallInit<Op>> extends never ? [init?: CallInit<Op>] : [init: CallInit<Op>];

/** The result of a call: exactly one of `data` (a 2xx body) or `error` (any other documented body). */
export type ApiResult<Op, Media extends MediaType = MediaType> =
  | { data: SuccessBody<Op, Media>; error?: never; response: Response }
  | { data?: never; error: ErrorBody<Op, Media>; response: Response };

type Responses<Op> = ResponseObjectMap<Op> extends infer R extends Record<string | number, any> ? R : never;
/** The body of any 2xx response of `Op`. */
export type SuccessBody<Op, Media extends MediaType = MediaType> = SuccessResponse<Responses<Op>, Media>;
/** The body of any documented error response of `Op`. */
export type ErrorBody<Op, Media extends MediaType = MediaType> = ErrorResponse<Responses<Op>, Media>;

/** The operation at `Path` for `Method`. */
export type OperationAt<Paths, Path extends keyof Paths, Method extends HttpMethod> = FilterKeys<Paths[Path], Method>;

type ClientMethod<Paths extends {}, Method extends HttpMethod> = <Path extends PathsWithMethod<Paths, Method>>(
  path: Path,
  ...init: InitArgs<OperationAt<Paths, Path, Method>>
) => Promise<ApiResult<OperationAt<Paths, Path, Method>>>;

/** A typed client over an API's `paths`: one method per HTTP verb the spec uses. */
export interface ApiClient<Paths extends {}> {
  GET: ClientMethod<Paths, 'get'>;
  POST: ClientMethod<Paths, 'post'>;
  PUT: ClientMethod<Paths, 'put'>;
  PATCH: ClientMethod<Paths, 'patch'>;
  DELETE: ClientMethod<Paths, 'delete'>;
  HEAD: ClientMethod<Paths, 'head'>;
  OPTIONS: ClientMethod<Paths, 'options'>;
}
