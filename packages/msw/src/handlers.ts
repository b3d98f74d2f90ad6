// MSW handlers for one API: one per operation (so `server.listHandlers()` reads like the spec), each
// answering through the in-process mock, plus a last one for the API's other paths, which get the
// server's 404/405 instead of reaching the network.
import { http, type HttpHandler } from 'msw';
import type { MockApi, Spec } from '@ats-sdk/mock-server/engine';
import { createInProcessMock, type InProcessOptions } from './in-process-mock.js';

export const DEFAULT_BASE_URLS: Record<MockApi, string> = {
  recruspace: 'https://api.recruspace.com',
  'unified-ats': 'https://api.truto.one',
};

/** Options of `recruspaceHandlers()` / `unifiedAtsHandlers()`; `Operation` is the API's operationIds. */
export interface HandlerOptions<Operation extends string = string> {
  /** Where the handlers answer (a path prefix is allowed). Default: the API's production URL. */
  baseUrl?: string;
  /** Keep created, updated and deleted objects, as `ats-mock --stateful` does; `limit` caps each collection (default 1000). */
  stateful?: InProcessOptions['stateful'];
  /** A named example of the spec to answer with, by operationId, when a request sends no `Prefer`. */
  examples?: Partial<Record<Operation, string>>;
}

export function handlersFor(api: MockApi, spec: Spec, options: HandlerOptions = {}): HttpHandler[] {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URLS[api]).replace(/\/$/, '');
  const mock = createInProcessMock(api, spec, { ...options, examples: options.examples as Record<string, string> | undefined, baseUrl });
  const resolver = ({ request }: { request: Request }) => mock.handle(request);
  const handlers = mock.operations.map((operation) => {
    const method = operation.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    return http[method](baseUrl + operation.path.replace(/\{([^}]+)\}/g, ':$1'), resolver);
  });
  handlers.push(http.all(`${baseUrl}/*`, resolver));
  return handlers;
}
