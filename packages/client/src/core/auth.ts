import type { Middleware } from 'openapi-fetch';

/** Sends `Authorization: Bearer <token>` on every request; the token never leaves this closure. */
export function bearerAuth(token: string | undefined): Middleware {
  return {
    onRequest({ request }) {
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
}
