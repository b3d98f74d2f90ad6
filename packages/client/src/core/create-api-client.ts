import createClient, { type Middleware } from 'openapi-fetch';
import type { ApiClient } from './types.js';

/** Options every API client accepts, whatever the API. */
export interface BaseClientOptions {
  /** Where the API lives. Defaults to the API's production server. */
  baseUrl?: string;
  /** A fetch implementation; defaults to the runtime's global fetch. */
  fetch?: (request: Request) => Promise<Response>;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

interface CoreOptions extends BaseClientOptions {
  baseUrl: string;
  middleware: Middleware[];
}

/** The one place that builds a client: both APIs go through here. */
export function createApiClient<Paths extends {}>(options: CoreOptions): ApiClient<Paths> {
  const client = createClient<Paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: options.headers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  for (const middleware of options.middleware) client.use(middleware);
  // Same runtime object; only its method types are ours (see types.ts).
  return client as unknown as ApiClient<Paths>;
}
