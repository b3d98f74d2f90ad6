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

export interface HandlerOptions extends Partial<InProcessOptions> {}

export function handlersFor(api: MockApi, spec: Spec, options: HandlerOptions = {}): HttpHandler[] {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URLS[api]).replace(/\/$/, '');
  const mock = createInProcessMock(api, spec, { ...options, baseUrl });
  const resolver = ({ request }: { request: Request }) => mock.handle(request);
  const handlers = mock.operations.map((operation) => {
    const method = operation.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    return http[method](baseUrl + operation.path.replace(/\{([^}]+)\}/g, ':$1'), resolver);
  });
  handlers.push(http.all(`${baseUrl}/*`, resolver));
  return handlers;
}
