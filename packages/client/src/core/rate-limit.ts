// Client-side pacing: at most `limit` requests in any `intervalMs` window, counted the way Django
// REST Framework (behind Recruspace) counts: by when each request *arrives*. The client cannot see
// arrival, only that it happened between sending and the answer, so a request holds its slot from
// sending until a full window (plus a small margin) after its answer; then no sliding-window
// counter on the server can see `limit + 1` arrivals in one window, however latency varies.
// Waiters are served in order; one aborted while queued gives its place up.
import { AtsSdkError } from './errors.js';

export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit: number;
  /** The window, in milliseconds. */
  intervalMs: number;
}

/** Hands out request slots; shared between clients that use the same credential. */
export interface RateLimiter {
  /**
   * Waits for a slot (rejecting with the signal's reason if it aborts first) and resolves with the
   * function to call once the request has been answered or has failed.
   */
  acquire(signal?: AbortSignal): Promise<() => void>;
}

/** Recruspace's documented limit: 100 requests per minute per API key. */
export const RECRUSPACE_RATE_LIMIT: RateLimitOptions = { limit: 100, intervalMs: 60_000 };
/** Truto's per-integrated-account limit (50 requests per 10 s; from Truto's agent docs). */
export const UNIFIED_ATS_RATE_LIMIT: RateLimitOptions = { limit: 50, intervalMs: 10_000 };

/** Clock skew and timer granularity between us and the server's counter. */
const MARGIN_MS = 25;

/** A limiter to share between clients that use the same credential: `rateLimit: limiter` on each. */
export function createRateLimiter({ limit, intervalMs }: RateLimitOptions): RateLimiter {
  // A positive whole number of requests per a positive, finite number of milliseconds.
  if (!(limit % 1 === 0 && limit > 0 && intervalMs > 0 && intervalMs < Infinity)) {
    throw new AtsSdkError(`Invalid rateLimit: limit ${limit}, intervalMs ${intervalMs}`);
  }
  let inFlight = 0;
  // When each answered request's slot becomes free again, in order.
  const freeAt: number[] = [];
  const queue: Array<() => void> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  function pump() {
    const now = Date.now();
    while (freeAt.length && freeAt[0]! <= now) freeAt.shift();
    while (queue.length && inFlight + freeAt.length < limit) {
      inFlight++;
      queue.shift()!();
    }
    // Slots held by requests still in flight are freed by their release, not by a timer.
    if (queue.length && timer === undefined && freeAt.length) {
      timer = setTimeout(() => {
        timer = undefined;
        pump();
      }, freeAt[0]! - now);
    }
  }

  function release() {
    inFlight--;
    freeAt.push(Date.now() + intervalMs + MARGIN_MS);
    pump();
  }

  return {
    acquire(signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        let released = false;
        const grant = () => {
          signal?.removeEventListener('abort', abort);
          resolve(() => {
            if (!released) (released = true), release();
          });
        };
        const abort = () => {
          queue.splice(queue.indexOf(grant), 1);
          if (!queue.length && timer !== undefined) clearTimeout(timer), (timer = undefined);
          reject(signal!.reason);
        };
        signal?.addEventListener('abort', abort, { once: true });
        queue.push(grant);
        pump();
      });
    },
  };
}

/** `true` → the API's preset; options → a new limiter; a limiter → shared as is. */
export function toRateLimiter(
  option: boolean | RateLimitOptions | RateLimiter | undefined,
  preset: RateLimitOptions,
): RateLimiter | undefined {
  if (option === true) return createRateLimiter(preset);
  if (option) return 'acquire' in option ? option : createRateLimiter(option);
}
