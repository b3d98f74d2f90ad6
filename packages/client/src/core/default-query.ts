import type { Middleware } from 'openapi-fetch';

/** Adds `name=value` to the query of every request that does not already set `name` itself. */
export function defaultQueryParam(name: string, value: string | undefined): Middleware {
  return {
    onRequest({ request }) {
      if (value === undefined) return request;
      const url = new URL(request.url);
      if (url.searchParams.has(name)) return request;
      url.searchParams.set(name, value);
      return new Request(url, request);
    },
  };
}
