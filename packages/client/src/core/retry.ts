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
 * Repeating it cannot do harm: idempotent methods, and, where the API honours `Idempotency-Key`
 * (`idempotentWrites`), POST/PATCH that carry one. Everything else gets exactly one attempt.
 */
export function isRetryableRequest(request: Request, idempotentWrites: boolean): boolean {
  const { method } = request;
  return (
    IDEMPOTENT.test(method) ||
    (idempotentWrites && (method === 'POST' || method === 'PATCH') && request.headers.has('idempotency-key'))
  );
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

const DIGITS = /^\d+$/;
/** RFC 9110's IMF-fixdate, the only date form Retry-After may use: `Sun, 06 Nov 1994 08:49:37 GMT`. */
const IMF_FIXDATE = /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/;

/**
 * `retry-after-ms` (milliseconds), else `Retry-After` (delta-seconds or an IMF-fixdate), else on a
 * 429 `ratelimit-reset`. Anything else (negative, hex, exponents, other date forms) is ignored.
 */
export function serverDelayMs(headers: Headers, status: number): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms && DIGITS.test(ms)) return Number(ms);
  const retryAfter = headers.get('retry-after');
  if (retryAfter && DIGITS.test(retryAfter)) return Number(retryAfter) * 1000;
  if (retryAfter && IMF_FIXDATE.test(retryAfter)) return Math.max(0, Date.parse(retryAfter) - Date.now());
  const reset = headers.get('ratelimit-reset');
  if (status === 429 && reset && DIGITS.test(reset)) {
    // Seconds until the window resets (IETF draft, Truto); some APIs send a Unix time instead.
    const n = Number(reset);
    return n > 1e9 ? Math.max(0, n * 1000 - Date.now()) : n * 1000;
  }
  return undefined;
}
