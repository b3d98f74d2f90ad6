// What the tests that stub fetch share: a base URL nothing answers, a list path, and a fake clock
// that is put back even when the test fails.
import { vi } from 'vitest';

export const BASE = 'http://api.test';
export const LIST = '/api/v1/client/talent-pools/';

export async function onFakeClock(run: () => Promise<void>) {
  vi.useFakeTimers();
  try {
    await run();
  } finally {
    vi.useRealTimers();
  }
}
