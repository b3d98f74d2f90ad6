// Retry policy: which answers are worth another attempt, which requests are safe to repeat, and how
// long to wait. Pure functions; transport.ts does the waiting.

/** Tuning for the wait between attempts. */
export interface BackoffOptions {
  /** The first backoff wait; it doubles on each retry. Default 500 ms. */
  initialDelayMs?: number;
  /** The longest backoff wait. Default 8,000 ms. */
  maxDelayMs?: number;
  /**
   * The longest wait a server may ask for with `Retry-After`, `retry-after-ms` or `ratelimit-reset`.
   * Asked for more, the client does not retry and returns that answer instead. Default 60,000 ms.
   */
  maxRetryAfterMs?: number;
}

export type Backoff = Required<BackoffOptions>;

export const DEFAULT_BACKOFF: Backoff = { initialDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

/** Request timeout, rate limited, and the server errors a later attempt may not hit. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status <= 504 && status !== 501);
}

const IDEMPOTENT = /^(GET|HEAD|OPTIONS|PUT|DELETE)$/;

/**
 * Repeating it cannot do harm: idempotent methods, and POST/PATCH that carry an `Idempotency-Key`
 * (the server recognizes the repeat). Everything else gets exactly one attempt.
 */
export function isRetryableRequest(request: Request): boolean {
  const { method } = request;
  return IDEMPOTENT.test(method) || ((method === 'POST' || method === 'PATCH') && request.headers.has('idempotency-key'));
}

/**
 * How long to wait before retry number `retry` (0-based): what the server asked for, else
 * exponential backoff with up to 25% jitter. `undefined` means the server asked for more than
 * `maxRetryAfterMs`: do not retry.
 */
export function retryDelayMs(response: Response | undefined, retry: number, backoff: Backoff): number | undefined {
  const asked = response && serverDelayMs(response.headers, response.status);
  if (asked !== undefined) return asked <= backoff.maxRetryAfterMs ? asked : undefined;
  const exponential = Math.min(backoff.initialDelayMs * 2 ** retry, backoff.maxDelayMs);
  return Math.round(exponential * (1 - Math.random() * 0.25));
}

/** `Retry-After` (seconds or an HTTP date), else on a 429 `ratelimit-reset`. */
export function serverDelayMs(headers: Headers, status: number): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (seconds >= 0) return seconds * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - Date.now());
  }
  if (status === 429) {
    // Seconds until the window resets (IETF draft, Truto); some APIs send a Unix time instead.
    const reset = Number(headers.get('ratelimit-reset') ?? NaN);
    if (reset >= 0) return reset > 1e9 ? Math.max(0, reset * 1000 - Date.now()) : reset * 1000;
  }
  return undefined;
}
