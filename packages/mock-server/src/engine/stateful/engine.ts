import type { RoutedOperation } from '../operations.js';
import type { MockRequest, MockResponse } from '../types.js';

/** Stateful mode for one API: may replace the (already validated) response with one from state. */
export interface StatefulApi {
  handle(request: MockRequest, routed: RoutedOperation, response: MockResponse): MockResponse | undefined;
  /** Forgets everything created or changed since start. */
  reset(): void;
  /** What the engine holds, for `GET /__mock/state`. */
  snapshot(): unknown;
}
