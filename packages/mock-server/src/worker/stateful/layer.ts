// Stateful mode, which Prism lacks: after Prism has validated a request and produced a response
// from the spec, an API's layer may replace that response with one built from in-memory state.
// Responses start from the spec's own examples and only take values from validated requests, so
// they still validate against the spec.
import type { MockRequest, MockResponse } from '../../engine/types.js';

export interface StatefulLayer {
  /** A replacement response, or undefined to keep Prism's. */
  apply(request: MockRequest, response: MockResponse): MockResponse | undefined;
  /** Forgets everything created or changed since start. */
  reset(): void;
  /** What the layer holds, for `GET /__mock/state`. */
  snapshot(): unknown;
}

type Json = Record<string, any>;

/** The first named example of a response in the bundled spec. */
export function specExample(spec: Json, path: string, method: string, status: number): any {
  const response = spec.paths?.[path]?.[method]?.responses?.[String(status)];
  const media = response?.content?.['application/json'];
  const example = media && Object.values<Json>(media.examples ?? {})[0];
  return example ? structuredClone(example.value) : undefined;
}

export const json = (status: number, body: unknown): MockResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body,
});

export const noContent = (): MockResponse => ({ status: 204, headers: {}, body: undefined });

export { matchPath as match } from '../../engine/path-template.js';

export const now = () => new Date().toISOString();
