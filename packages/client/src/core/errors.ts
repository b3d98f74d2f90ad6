// The error classes every client throws. None of them holds the request (its headers carry the API
// key): they keep the response status, a redacted copy of the response headers, the request id and
// the parsed body, so logging or serializing an error can never leak a credential.
// (Fields are `declare`d and set with Object.assign: the same objects, fewer bytes in the bundle.)
import { redactHeaders, redactUrl } from './logger.js';

/** The base of every error this SDK throws: `catch (e) { if (e instanceof AtsSdkError) … }`. */
export class AtsSdkError extends Error {
  override name = 'AtsSdkError';

  /** Name, message and the error's fields; never `cause` (a runtime error, kept for debugging). */
  toJSON(): object {
    return { ...this, message: this.message };
  }
}

/** What an HTTP error carries. */
export interface ApiErrorFields {
  /** The HTTP status, e.g. 404. */
  status: number;
  /**
   * The parsed error body (JSON when it parses, else the text). `unknown`: narrow it yourself, or
   * use `isApiError(error, operationId)` to get the operation's documented error body type.
   */
  body: unknown;
  /** The response headers; credentials and cookies are replaced by `[REDACTED]`. */
  headers: Headers;
  /** The server's request id (`x-request-id` and similar), to quote to support. */
  requestId: string | undefined;
  /** How many times the call was retried before this answer (0 = first attempt). */
  retries: number;
  method: string;
  /** The URL, token-like query parameters redacted. */
  url: string;
  /** The operationId, when the call was made through a resource method. */
  operation?: string | undefined;
}

/**
 * The API answered with an error status (4xx/5xx). Thrown by the throwing form (`client.throwing.*`)
 * and by `paginate`; the default form resolves `{ error, response }` instead.
 */
export class ApiError extends AtsSdkError {
  override name = 'ApiError';
  declare readonly status: number;
  declare readonly body: unknown;
  declare readonly headers: Headers;
  declare readonly requestId: string | undefined;
  declare readonly retries: number;
  declare readonly method: string;
  declare readonly url: string;
  /** The operationId of the call, when made through a resource method (e.g. `getCandidate`). */
  declare readonly operation: string | undefined;

  constructor(fields: ApiErrorFields) {
    super(`${fields.status} ${fields.method} ${fields.url}${detailOf(fields.body)}`);
    Object.assign(this, fields);
  }
}

/**
 * `error` is an ApiError; with `operation`, one from that operation's resource method (e.g.
 * `getCandidate`). Each API exports a typed version that also types `body` (`isRecruspaceError`).
 */
export function isApiError(error: unknown, operation?: string): error is ApiError {
  return error instanceof ApiError && (operation === undefined || error.operation === operation);
}

/** 400: the request was malformed or failed validation. */
export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
}
/** 401: the API key or token is missing or wrong. */
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
}
/** 403: authenticated, but not allowed. */
export class PermissionDeniedError extends ApiError {
  override name = 'PermissionDeniedError';
}
/** 404: no such resource (or not visible to this key). */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}
/** 409: conflicts with existing data (e.g. a duplicate candidate). */
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}
/** 422: understood but rejected (e.g. the provider's validation). */
export class UnprocessableEntityError extends ApiError {
  override name = 'UnprocessableEntityError';
}
/** 429: rate limited; thrown only once the retries are used up. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
}
/** Any 5xx: the server failed; thrown only once the retries are used up. */
export class InternalServerError extends ApiError {
  override name = 'InternalServerError';
}

/**
 * The connection failed: refused, reset, DNS, TLS, or cut while the body was arriving. `cause` is the
 * runtime's own error.
 */
export class ConnectionError extends AtsSdkError {
  override name = 'ConnectionError';
  declare readonly method: string;
  /** The URL, token-like query parameters redacted. */
  declare readonly url: string;
  /** How many times the call was retried before giving up. */
  declare retries: number;

  constructor(method: string, url: string, cause: unknown, during = '') {
    super(`${method} ${url} failed${during}: ${describeCause(cause)}`, { cause });
    Object.assign(this, { method, url, retries: 0 });
  }
}

/** The call took longer than its `timeoutMs` (which covers retries, waits and reading the body). */
export class TimeoutError extends AtsSdkError {
  override name = 'TimeoutError';
  declare readonly method: string;
  /** The operation's path template, e.g. `/api/v1/client/candidates/{candidate_id}/`. */
  declare readonly path: string;
  declare readonly timeoutMs: number;

  constructor(method: string, path: string, timeoutMs: number) {
    super(`${method} ${path} timed out after ${timeoutMs} ms`);
    Object.assign(this, { method, path, timeoutMs });
  }
}

/**
 * A 2xx response whose body is not the JSON it should be (e.g. a proxy's HTML page; `cause` is the
 * SyntaxError), or, in the throwing form, is empty where the operation declares one.
 */
export class ResponseParseError extends AtsSdkError {
  override name = 'ResponseParseError';
  declare readonly status: number;
  declare readonly headers: Headers;
  declare readonly requestId: string | undefined;
  declare readonly method: string;
  declare readonly url: string;

  constructor(fields: Omit<ApiErrorFields, 'body' | 'retries'>, cause: unknown, problem = 'invalid JSON body') {
    super(`${fields.status} ${fields.method} ${fields.url}: ${problem}`, { cause });
    Object.assign(this, fields);
  }
}

/** `paginate` could not go on: the server repeated a page (it would loop forever) or sent no list. */
export class PaginationError extends AtsSdkError {
  override name = 'PaginationError';
}

const CLASSES: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The fields both ApiError and ResponseParseError take from a response to `method url`. */
export function responseFields(response: Response, requestId: string | undefined, method: string, url: string) {
  return { status: response.status, headers: redactHeaders(response.headers), requestId, method, url: redactUrl(url) };
}

/** The ApiError subclass for an error response. */
export function apiErrorFor(
  response: Response,
  body: unknown,
  requestId: string | undefined,
  retries: number,
  method: string,
  url: string,
  operation?: string,
): ApiError {
  const { status } = response;
  const Class = CLASSES[status] ?? (status >= 500 ? InternalServerError : ApiError);
  return new Class({ ...responseFields(response, requestId, method, url), body, retries, operation });
}

/** `: <detail>` from a `{detail}` (Recruspace) or `{message}` (Truto) body; never an HTML page. */
function detailOf(body: any): string {
  const text = body && typeof body === 'object' ? (body.detail ?? body.message) : body;
  return typeof text === 'string' && text && text[0] !== '<' ? `: ${text.slice(0, 200)}` : '';
}

/** The runtime's reason, e.g. `fetch failed (ECONNREFUSED)`. */
function describeCause(cause: any): string {
  const code = cause?.code ?? cause?.cause?.code;
  return `${cause?.message ?? cause}${code ? ` (${code})` : ''}`;
}
