// The client-side rate limiter (src/core/rate-limit.ts) as a bulk job or a CLI uses it: it refuses
// limits it cannot honour, never keeps a process alive once idle, and leaves nothing on a long-lived signal.
import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createRateLimiter, createRecruspaceClient } from '../src/index.js';
import { BASE, LIST, onFakeClock } from './support/stub.js';

describe('limits', () => {
  it('refuses a fractional limit and an endless window, naming both numbers', () => {
    expect(() => createRateLimiter({ limit: 1.5, intervalMs: 1000 })).toThrow('Invalid rateLimit: limit 1.5, intervalMs 1000');
    expect(() => createRateLimiter({ limit: 5, intervalMs: Infinity })).toThrow('Invalid rateLimit: limit 5, intervalMs Infinity');
    expect(() => createRecruspaceClient({ apiKey: 'k', rateLimit: { limit: 2.5, intervalMs: 1000 } })).toThrow(/Invalid rateLimit/);
  });
});

describe('acquire', () => {
  it('an already-aborted signal is refused at once and takes no slot', async () => {
    const limiter = createRateLimiter({ limit: 1, intervalMs: 60_000 });
    await expect(limiter.acquire(AbortSignal.abort(new Error('late')))).rejects.toThrow('late');
    // The one slot is still free: this resolves without waiting a window.
    const release = await limiter.acquire();
    release();
  });

  it('leaves no listener on a signal shared by many waits', () =>
    onFakeClock(async () => {
      // (Checked on the limiter itself: fetch's Request also listens on the caller's signal, until it is collected.)
      const job = new AbortController();
      const limiter = createRateLimiter({ limit: 2, intervalMs: 1000 });
      const waits = Array.from({ length: 5 }, () => limiter.acquire(job.signal).then((release) => release()));
      // Two granted at once; the three queued ones listen for the abort while they wait.
      expect(getEventListeners(job.signal, 'abort')).toHaveLength(3);
      await vi.advanceTimersByTimeAsync(3000);
      await Promise.all(waits);
      expect(getEventListeners(job.signal, 'abort')).toHaveLength(0);
    }));
});

describe('timers', () => {
  it('an idle limiter holds no timer, so a script that used it can exit', () =>
    onFakeClock(async () => {
      const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: async () => new Response('[]'), rateLimit: { limit: 1, intervalMs: 1000 }, timeoutMs: 0 });
      await rs.GET(LIST);
      expect(vi.getTimerCount()).toBe(0);
      const two = Promise.all([rs.GET(LIST), rs.GET(LIST)]);
      await vi.advanceTimersByTimeAsync(2100);
      await two;
      expect(vi.getTimerCount()).toBe(0);
    }));

  it('aborting every queued call clears the wait timer', () =>
    onFakeClock(async () => {
      const limiter = createRateLimiter({ limit: 1, intervalMs: 1000 });
      (await limiter.acquire())();
      const controller = new AbortController();
      const waiting = [limiter.acquire(controller.signal), limiter.acquire(controller.signal)].map((p) => p.catch((e: Error) => e.message));
      expect(vi.getTimerCount()).toBe(1);
      controller.abort(new Error('stop'));
      expect(await Promise.all(waiting)).toEqual(['stop', 'stop']);
      expect(vi.getTimerCount()).toBe(0);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    }));

  it('aborting one queued call does not strand the one behind it', () =>
    onFakeClock(async () => {
      const limiter = createRateLimiter({ limit: 1, intervalMs: 1000 });
      (await limiter.acquire())();
      const controller = new AbortController();
      const first = limiter.acquire(controller.signal).catch((e: Error) => e.message);
      let granted = false;
      const second = limiter.acquire().then((release) => ((granted = true), release));
      controller.abort(new Error('stop'));
      expect(await first).toBe('stop');
      await vi.advanceTimersByTimeAsync(1100);
      expect(granted).toBe(true);
      (await second)();
    }));
});
