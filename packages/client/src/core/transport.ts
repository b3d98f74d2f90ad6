// Sends each call's Request (built in http.ts): paces requests (rate limit), sends them, retries what
// is safe to retry, and logs.
// Timeouts are set one level up (create-api-client.ts) on the call's signal (`attempts.signal`), so
// they also cover the backoff waits here and reading the body there, but not the wait for a first
// rate-limit slot (taken there, before the deadline starts, and handed over in `attempts.slot`).
import { ConnectionError } from './errors.js';
import { redactHeaders, redactUrl, type Log } from './logger.js';
import type { RateLimiter } from './rate-limit.js';
import { requestIdOf } from './request-id.js';
import { isRetryableRequest, isRetryableStatus, retryDelayMs, type Backoff } from './retry.js';

/** What `onRetry` is told before each retry. */
export interface RetryInfo {
  method: string;
  /** The URL, token-like query parameters redacted. */
  url: string;
  /** Which retry this is: 1 for the first. */
  retry: number;
  maxRetries: number;
  /** How long the client waits before sending it. */
  delayMs: number;
  /** The status that prompted it; undefined after a connection error. */
  status?: number;
  requestId?: string;
  /** The connection error that prompted it. */
  error?: ConnectionError;
}

export interface TransportOptions {
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  backoff: Backoff;
  onRetry?: ((info: RetryInfo) => void) | undefined;
  limiter: RateLimiter | undefined;
  log: Log | undefined;
  /** The API honours `Idempotency-Key`, so a keyed POST/PATCH may be retried (Truto, not Recruspace). */
  idempotentWrites: boolean;
}

/** One call's attempts: the caller sets `maxRetries`; the transport reports what happened. */
export interface Attempts {
  maxRetries: number;
  /** Retries made so far. */
  retries: number;
  /** The response handed back to the call, once there is one. */
  response: Response | undefined;
  /** The request's URL, once it is built (a stubbed Response has no `url`). */
  url: string;
  /** The call's deadline and the caller's abort, combined; the Requests themselves carry none. */
  signal?: AbortSignal | undefined;
  /** The first attempt's rate-limit slot, already taken by the caller: call it once answered. */
  slot?: (() => void) | undefined;
}

export type Transport = (request: Request, attempts: Attempts) => Promise<Response>;

export function createTransport({ fetch, backoff, onRetry, limiter, log, idempotentWrites }: TransportOptions): Transport {
  return async function send(request, attempts) {
    const { maxRetries, signal } = attempts;
    const { method } = request;
    attempts.url = request.url;
    const retryable = isRetryableRequest(request, idempotentWrites);
    // A body can be sent once: keep the original and send clones while a retry may follow.
    const original = maxRetries > 0 && request.body !== null && retryable ? request : undefined;
    for (let retry = 0; ; retry++) {
      // The first attempt's slot was taken before the call's deadline started (create-api-client.ts).
      let slot = retry ? undefined : attempts.slot;
      if (limiter && retry > 0) slot = await limiter.acquire(signal);
      const started = log?.debug ? debugRequest(log.debug, request) : 0;
      let response: Response | undefined;
      let error: ConnectionError | undefined;
      try {
        const attempt = original && retry < maxRetries ? original.clone() : request;
        // The global fetch gets the signal in init: it builds its own Request from the one it is
        // given, and a signal on both would be followed twice (a few µs each). A custom fetch's
        // Request was built with it. The global fetch is looked up per attempt, so one stubbed after
        // the client was created is used.
        response = await (fetch ? fetch(attempt) : globalThis.fetch(attempt, { signal }));
      } catch (cause) {
        // A timeout or the caller's abort ends the call with its reason; it is never retried.
        if (signal?.aborted) throw signal.reason ?? cause;
        error = new ConnectionError(method, redactUrl(request.url), cause);
      } finally {
        // Answered (or failed): the server has counted this request by now.
        slot?.();
      }
      attempts.retries = retry;
      if (response) {
        log?.debug?.(`← ${response.status} ${method} ${redactUrl(request.url)} in ${Date.now() - started} ms`);
        if (retry >= maxRetries || !isRetryableStatus(response.status) || !retryable) {
          return (attempts.response = response);
        }
      } else if (retry >= maxRetries || !retryable) {
        error!.retries = retry;
        throw error;
      }
      const delayMs = retryDelayMs(response, retry, backoff);
      // The server asked for a longer wait than maxRetryAfterMs: its answer is the result.
      if (delayMs === undefined) return (attempts.response = response!);
      const info: RetryInfo = {
        method,
        url: redactUrl(request.url),
        retry: retry + 1,
        maxRetries,
        delayMs,
        status: response?.status,
        requestId: response && requestIdOf(response.headers),
        error,
      };
      log?.info?.(`${method} ${info.url} → ${response?.status ?? error!.message}; retry ${retry + 1}/${maxRetries} in ${delayMs} ms`);
      onRetry?.(info);
      // Discard the failed answer's body so its connection is freed.
      response?.body?.cancel().catch(ignore);
      await sleep(delayMs, signal);
    }
  };
}

function debugRequest(debug: NonNullable<Log['debug']>, request: Request): number {
  debug(`→ ${request.method} ${redactUrl(request.url)}`, Object.fromEntries(redactHeaders(request.headers)));
  return Date.now();
}

function ignore() {}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts (leaving no timer behind). */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/**
 * Settles as `work` does, or rejects with the signal's reason as soon as it aborts, even if `work`
 * never settles; the listener goes once either happens.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
