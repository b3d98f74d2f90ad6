// MSW answers both APIs at their production URLs, inside the test process: no server to start.
// Import it from each test file that calls the APIs (its hooks then wrap that file).
// Stateful: writes show up in later reads. Each test starts from the seeded data and no overrides.
import { recruspaceHandlers, unifiedAtsHandlers } from '@ats-sdk/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const server = setupServer(...recruspaceHandlers({ stateful: true }), ...unifiedAtsHandlers({ stateful: true }));

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers(...recruspaceHandlers({ stateful: true }), ...unifiedAtsHandlers({ stateful: true })));
afterAll(() => server.close());
