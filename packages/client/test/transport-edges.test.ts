// Edges of sending and retrying (src/core/transport.ts, create-api-client.ts): how a call ends when
// it is cut short, what onRetry is told, and that waits leave nothing behind.
import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { ConnectionError, createRecruspaceClient, TimeoutError, type RetryInfo } from '../src/index.js';
import { sleep, untilAborted } from '../src/core/transport.js';
import { BASE, LIST } from './support/stub.js';

/**
 * A fetch (not the runtime's) whose answer's body stalls and then fails with the fetch's own error,
 * whatever happened to the request's signal meanwhile.
 */
const stallingBody = async () =>
  new Response(
    new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('['));
        setTimeout(() => controller.error(new Error('body stream cut')), 300);
      },
    }),
    { headers: { 'content-type': 'application/json' } },
  );

describe('a call cut short while its body is read, whatever error the body stream then raises', () => {
  it('by the timeout: TimeoutError', async () => {
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: stallingBody, timeoutMs: 100 });
    await expect(rs.GET(LIST)).rejects.toBeInstanceOf(TimeoutError);
  });

  it.each([0, 60_000])("by the caller (timeoutMs %s): the caller's reason", async (timeoutMs) => {
    const controller = new AbortController();
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: stallingBody, timeoutMs });
    const pending = rs.GET(LIST, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user cancelled')), 100);
    await expect(pending).rejects.toThrow('user cancelled');
  });

  it('without a timeout or an abort, the broken body is a ConnectionError', async () => {
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: stallingBody, timeoutMs: 0 });
    const error = (await rs.GET(LIST).catch((e: unknown) => e)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toBe(`GET ${BASE}${LIST} failed while reading the response body: body stream cut`);
  });
});

describe('the deadline and the caller\'s abort hold whatever the fetch does', () => {
  // A custom fetch may ignore its Request's signal, and on current Node a Request's signal that follows
  // the call's can stop following once nothing else holds the Request (a garbage collection): the
  // call must still end at its deadline instead of waiting forever on that fetch.
  const neverAnswers = () => new Promise<Response>(() => {});

  it('a fetch that never settles and ignores its signal: TimeoutError at the deadline', async () => {
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: neverAnswers, timeoutMs: 50 });
    await expect(rs.GET(LIST)).rejects.toBeInstanceOf(TimeoutError);
  });

  it("the same fetch: the caller's abort ends the call with its reason (with and without a deadline)", async () => {
    for (const timeoutMs of [0, 60_000]) {
      const controller = new AbortController();
      const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: neverAnswers, timeoutMs });
      const pending = rs.GET(LIST, { signal: controller.signal });
      setTimeout(() => controller.abort(new Error('user cancelled')), 20);
      await expect(pending).rejects.toThrow('user cancelled');
    }
  });

  it('the race leaves no listener on the signal once the work settles, either way', async () => {
    const controller = new AbortController();
    await expect(untilAborted(Promise.resolve(1), controller.signal)).resolves.toBe(1);
    await expect(untilAborted(Promise.reject(new Error('failed')), controller.signal)).rejects.toThrow('failed');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    controller.abort(new Error('gone'));
    await expect(untilAborted(new Promise(() => {}), controller.signal)).rejects.toThrow('gone');
  });

  it('a body whose reads never settle: TimeoutError at the deadline', async () => {
    const stuck = async () => new Response(new ReadableStream({ pull: () => new Promise(() => {}) }), { headers: { 'content-type': 'application/json' } });
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch: stuck, timeoutMs: 50 });
    await expect(rs.GET(LIST)).rejects.toBeInstanceOf(TimeoutError);
  });
});

describe('retries', () => {
  it('onRetry is told the status and request id, or the connection error', async () => {
    const infos: RetryInfo[] = [];
    let n = 0;
    const fetch = async () => {
      if (n++ === 0) throw new TypeError('fetch failed');
      return n === 2 ? new Response(null, { status: 503, headers: { 'x-request-id': 'req-7' } }) : new Response('[]');
    };
    const rs = createRecruspaceClient({ apiKey: 'k', baseUrl: BASE, fetch, backoff: { initialDelayMs: 1 }, onRetry: (info) => infos.push(info) });
    expect((await rs.GET(LIST)).response.status).toBe(200);
    expect(infos).toHaveLength(2);
    expect(infos[0]).toMatchObject({ retry: 1, status: undefined, requestId: undefined });
    expect(infos[0]!.error).toBeInstanceOf(ConnectionError);
    expect(infos[1]).toMatchObject({ retry: 2, status: 503, requestId: 'req-7', error: undefined });
  });

  it('aborting from onRetry ends the call at once, without waiting for the backoff', async () => {
    vi.useFakeTimers();
    try {
      const controller = new AbortController();
      const rs = createRecruspaceClient({
        apiKey: 'k',
        baseUrl: BASE,
        fetch: async () => new Response(null, { status: 503 }),
        timeoutMs: 0,
        backoff: { initialDelayMs: 60_000, maxDelayMs: 60_000 },
        onRetry: () => controller.abort(new Error('give up')),
      });
      const pending = rs.GET(LIST, { signal: controller.signal });
      const outcome = pending.catch((e: Error) => e.message);
      await vi.advanceTimersByTimeAsync(0);
      expect(vi.getTimerCount()).toBe(0);
      expect(await outcome).toBe('give up');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('sleep (the backoff wait)', () => {
  it('leaves no listener on the signal, whether it ends or is aborted', async () => {
    const signal = new AbortController().signal;
    await sleep(1, signal);
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('works without a signal, and rejects at once on an aborted one', async () => {
    await expect(sleep(1, undefined)).resolves.toBeUndefined();
    await expect(sleep(60_000, AbortSignal.abort(new Error('already')))).rejects.toThrow('already');
  });
});
