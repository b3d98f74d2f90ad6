// Client-side pacing: at most `limit` requests start in any `intervalMs` window (a sliding window,
// the way Django REST Framework, behind Recruspace, counts). Each request reserves the earliest free
// start time up front, so callers are served in order with no queue and no background timer.

export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit: number;
  /** The window, in milliseconds. */
  intervalMs: number;
}

/** Reserves the next start time and returns how many milliseconds to wait for it (0 = go now). */
export type RateLimiter = (now?: number) => number;

/** Recruspace's documented limit: 100 requests per minute per API key. */
export const RECRUSPACE_RATE_LIMIT: RateLimitOptions = { limit: 100, intervalMs: 60_000 };
/** Truto's per-integrated-account limit (50 requests per 10 s; from Truto's agent docs). */
export const UNIFIED_ATS_RATE_LIMIT: RateLimitOptions = { limit: 50, intervalMs: 10_000 };

/** A limiter to share between clients that use the same credential: `rateLimit: limiter` on each. */
export function createRateLimiter({ limit, intervalMs }: RateLimitOptions): RateLimiter {
  // Start times of the last `limit` reservations; once full, the oldest is at `oldest`.
  const starts: number[] = [];
  let oldest = 0;
  return (now = Date.now()) => {
    if (starts.length < limit) return starts.push(now), 0;
    // The start `limit` reservations ago must be a full window old before another may start.
    const at = Math.max(now, starts[oldest]! + intervalMs);
    starts[oldest] = at;
    oldest = (oldest + 1) % starts.length;
    return at - now;
  };
}

/** `true` → the API's preset; options → a new limiter; a limiter → shared as is. */
export function toRateLimiter(
  option: boolean | RateLimitOptions | RateLimiter | undefined,
  preset: RateLimitOptions,
): RateLimiter | undefined {
  if (option) return typeof option === 'function' ? option : createRateLimiter(option === true ? preset : option);
}
