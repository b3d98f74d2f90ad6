import { apiErrorFor, AtsSdkError, ConnectionError, ResponseParseError, responseFields, TimeoutError } from './errors.js';
import { expandPath, readBody, requestBuilder, type RequestFields } from './http.js';
import { createLog, redactMessage, redactUrl, type Logger, type LogLevel } from './logger.js';
import { paginator, type PageStyle } from './pagination.js';
import { toRateLimiter, type RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { requestIdOf } from './request-id.js';
import { DEFAULT_BACKOFF, type BackoffOptions } from './retry.js';
import { createTransport, untilAborted, type Attempts, type RetryInfo } from './transport.js';
import type { ApiClient } from './types.js';

/** Options every API client accepts, whatever the API. */
export interface BaseClientOptions {
  /** Where the API lives. Defaults to the API's production server. */
  baseUrl?: string;
  /** A fetch implementation; defaults to the runtime's global fetch. */
  fetch?: (request: Request) => Promise<Response>;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * How many times a failed call is retried (408, 429, 500, 502, 503, 504 and connection errors;
   * GET, HEAD, OPTIONS, PUT, DELETE, and POST/PATCH with an Idempotency-Key). Default 2.
   */
  maxRetries?: number;
  /** The waits between retries (exponential backoff, and the cap on server-requested waits). */
  backoff?: BackoffOptions;
  /** Called before each retry with what happened and how long the client waits. */
  onRetry?: (info: RetryInfo) => void;
  /**
   * A deadline per call in milliseconds, covering retries, waits and reading the body (except with
   * `parseAs: 'stream'`, where it ends once the headers are in); the call then rejects with
   * `TimeoutError`. Default 60 000; `0` or `Infinity` turn it off (the runtime's limits apply).
   * NaN or a negative number is refused; more than 2³¹−1 ms (about 24.8 days) is capped to that.
   */
  timeoutMs?: number;
  /**
   * Client-side pacing so bulk jobs wait instead of collecting 429s. `true` uses the API's
   * documented limit; pass `{ limit, intervalMs }` or a shared `RateLimiter` instead. Off by default.
   */
  rateLimit?: boolean | RateLimitOptions | RateLimiter;
  /** Where log lines go (anything console-like). Credentials are redacted. */
  logger?: Logger;
  /** `silent` (the default without a logger), `error`, `warn`, `info` (the default with one) or `debug`. */
  logLevel?: LogLevel;
  /**
   * `false` lets the client be created without an API key (and, for Truto, call without an integrated
   * account): for a mock or a proxy that authenticates itself. Default `true`: a missing one is an
   * error that names the option and the environment variable.
   */
  requireCredentials?: boolean;
}

/** Settings that derive a client: `client.withOptions({ … })`. */
export type DeriveOptions<Options> = Partial<Options>;

interface CoreOptions extends BaseClientOptions {
  baseUrl: string;
  /** The API's authentication headers, under the client's and each call's own `headers`. */
  auth: Record<string, string>;
  /** What `rateLimit: true` means for this API. */
  rateLimitPreset: RateLimitOptions;
  /** How this API's lists page. */
  pageStyle: PageStyle;
  /**
   * Query parameters every call gets unless it sets its own. Added before the Request is built
   * (rebuilding it afterwards would turn the body into a stream sent chunked).
   */
  defaultQuery?: Record<string, string | undefined>;
  /** The API honours `Idempotency-Key` (Truto); elsewhere `idempotencyKey` is refused. */
  idempotentWrites: boolean;
  /** The API's name in error messages, e.g. `Recruspace`. */
  apiName: string;
  /** A query parameter every call must end up with, and what to say when one does not. */
  requiredQuery?: [name: string, message: string];
  /** Builds the client `withOptions` returns, from the options given to it. */
  derive(options: BaseClientOptions): unknown;
}

type Init = RequestFields;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
const DEFAULT_TIMEOUT_MS = 60_000;
/** setTimeout's largest delay; a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A usable deadline: 0 and Infinity mean off (returned as 0); NaN or negative is refused. */
function checkTimeout(ms: number): number {
  if (!(ms >= 0)) throw new AtsSdkError(`Invalid timeoutMs: ${ms}`);
  return ms === Infinity ? 0 : Math.min(ms, MAX_TIMER_MS);
}

/** The one place that builds a client: both APIs go through here. */
export function createApiClient<Paths extends {}>(options: CoreOptions): ApiClient<Paths> {
  const clientRetries = options.maxRetries ?? 2;
  // A server that never answers must not hang a caller: every call has a deadline unless turned off.
  const clientTimeout = checkTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  // fetch refuses such a URL with a message that quotes it; say so without quoting it.
  if (/^[a-z][\w+.-]*:\/\/[^/?#]*@/i.test(options.baseUrl)) {
    throw new AtsSdkError('baseUrl must not contain credentials');
  }
  const { defaultQuery, idempotentWrites, apiName, requiredQuery } = options;
  const limiter = toRateLimiter(options.rateLimit, options.rateLimitPreset);
  const send = createTransport({
    ...options,
    backoff: { ...DEFAULT_BACKOFF, ...options.backoff },
    limiter,
    log: createLog(options.logger, options.logLevel),
  });
  // A call's own headers (an `Authorization` too) win over the client's, which win over the key.
  const buildRequest = requestBuilder(options.baseUrl.replace(/\/+$/, ''), { ...userAgent(), ...options.auth, ...options.headers });

  async function call(method: string, path: string, init: Init | undefined, throwOnError: boolean) {
    // Our options are taken out; the rest (params, body, headers, signal, …) builds the Request.
    // `operation` is set by resource methods (resources.ts), so their ApiErrors can say which one.
    const { maxRetries = clientRetries, timeoutMs, idempotencyKey, operation, parseAs = 'json', signal: callerSignal, ...rest } = init ?? {};
    const deadline = timeoutMs === undefined ? clientTimeout : checkTimeout(timeoutMs);
    const target = expandPath(path, rest.params?.path);
    if (defaultQuery) rest.params = { ...rest.params, query: { ...defaultQuery, ...rest.params?.query } };
    if (requiredQuery && rest.params?.query?.[requiredQuery[0]] == null) throw new AtsSdkError(requiredQuery[1]);
    // `> 0` also turns NaN or a negative number into no retries (never endless ones).
    const attempts: Attempts = { maxRetries: maxRetries > 0 ? maxRetries : 0, retries: 0, response: undefined, url: '' };
    // JSON is read as text and parsed here, so a bad body can say which response it was.
    const parseJson = parseAs === 'json';
    if (idempotencyKey) {
      if (!idempotentWrites) throw new AtsSdkError(`${apiName} does not support idempotencyKey`);
      rest.headers = { ...rest.headers, 'Idempotency-Key': idempotencyKey === true ? crypto.randomUUID() : idempotencyKey };
    }
    // Queueing for a rate-limit slot is not the server being slow: the deadline starts after it.
    if (limiter) attempts.slot = await limiter.acquire(callerSignal);
    let timeout: AbortController | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Timers and signals cost a few µs per call, so they exist only when a timeout is set.
    if (deadline > 0) {
      timeout = new AbortController();
      timer = setTimeout(abortOnTimeout, deadline, timeout, method, path, deadline);
      attempts.signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
    } else attempts.signal = callerSignal;
    const { signal } = attempts;
    // Raced against the call's signal: a custom fetch may ignore its Request's signal (or, on current Node,
    // that signal may stop following ours once the Request is collected), and must not outlive the deadline.
    const exchange = async () => {
      // A custom fetch gets the signal on its Request; the global fetch gets it in init (transport.ts).
      const response = await send(buildRequest(method, target, options.fetch && signal ? { ...rest, signal } : rest), attempts);
      const requestId = requestIdOf(response.headers);
      let body = await readBody(response, method, parseJson ? 'text' : parseAs);
      if (!response.ok) {
        if (throwOnError) throw apiErrorFor(response, body, requestId, attempts.retries, method, attempts.url, operation);
        return { error: body, response, requestId };
      }
      if (parseJson && body !== undefined) {
        try {
          body = body === '' ? undefined : JSON.parse(body as string);
        } catch (cause) {
          throw new ResponseParseError(responseFields(response, requestId, method, attempts.url), cause);
        }
      }
      // Every 2xx but 204/205 declares a body in both specs: an empty one is a broken answer.
      if (throwOnError && parseJson && body === undefined && !BODILESS.test(`${response.status} ${method}`)) {
        throw new ResponseParseError(responseFields(response, requestId, method, attempts.url), undefined, 'empty body');
      }
      return { data: body, response, requestId };
    };
    try {
      return await (signal ? untilAborted(exchange(), signal) : exchange());
    } catch (error) {
      throw failure(error, method, path, attempts, timeout, callerSignal);
    } finally {
      attempts.slot?.();
      if (timer !== undefined) clearTimeout(timer);
    }
  }

  const client: Record<string, unknown> = {};
  const throwing: Record<string, unknown> = {};
  for (const method of METHODS) {
    client[method] = (path: string, init?: Init) => call(method, path, init, false);
    throwing[method] = (path: string, init?: Init) => call(method, path, init, true);
  }
  client.throwing = throwing;
  // A derived client shares this one's rate limiter unless it is given its own `rateLimit`.
  client.withOptions = (more: BaseClientOptions) =>
    options.derive({ rateLimit: limiter, ...more, headers: { ...options.headers, ...more.headers } });
  client.paginate = (path: string, init: Init = {}) => {
    const { maxPages, maxItems, ...rest } = init;
    return paginator(
      options.pageStyle,
      async (query) => (await call('GET', path, { ...rest, params: { ...rest.params, query } }, true)).data,
      rest.params?.query,
      { maxPages, maxItems },
    );
  };
  return client as unknown as ApiClient<Paths>;
}

function abortOnTimeout(controller: AbortController, method: string, path: string, ms: number) {
  controller.abort(new TimeoutError(method, path, ms));
}

const BODILESS = /^20[45] |HEAD$/;

/**
 * Names the SDK to the server. Browsers refuse to let a page set User-Agent (and a custom header
 * would cost every call a CORS preflight), so there it is left out.
 */
function userAgent(): Record<string, string> {
  return typeof document === 'undefined' ? { 'User-Agent': `ats-sdk-client/${__SDK_VERSION__}` } : {};
}

/** What a call rejects with when it has no response to resolve with. */
function failure(
  error: unknown,
  method: string,
  path: string,
  attempts: Attempts,
  timeout: AbortController | undefined,
  callerSignal: AbortSignal | undefined,
): unknown {
  if (error instanceof AtsSdkError || (callerSignal?.aborted && error === callerSignal.reason)) return error;
  if (timeout?.signal.aborted) return timeout.signal.reason;
  if (callerSignal?.aborted) return callerSignal.reason;
  // The response had arrived: the connection broke while its body was being read.
  if (attempts.response) {
    const broken = new ConnectionError(method, redactUrl(attempts.url), error, ' while reading the response body');
    broken.retries = attempts.retries;
    return broken;
  }
  // Nothing was sent: the request itself was wrong (a bad header value, an unserializable body).
  // The runtime's message may quote a header value or a URL with credentials: redact, and keep no cause.
  return new AtsSdkError(`${method} ${path}: invalid request (${redactMessage(String(error))})`);
}
