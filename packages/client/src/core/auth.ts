import type { Middleware } from 'openapi-fetch';
import { AtsSdkError } from './errors.js';

/**
 * Sends `Authorization: Bearer <token>` on every request that does not set its own (a call's
 * `headers.Authorization` wins); the token never leaves this closure.
 * A key pasted with a trailing newline is trimmed. A key that still cannot be a header value is
 * refused here, with a message that does not quote it (fetch's own error would).
 */
export function bearerAuth(token: string | undefined): Middleware {
  const value = token?.trim();
  if (value && !/^[\x21-\x7e]+$/.test(value)) {
    throw new AtsSdkError('Invalid characters in the API key or token');
  }
  const header = value ? `Bearer ${value}` : undefined;
  return {
    onRequest({ request }) {
      if (header && !request.headers.has('Authorization')) request.headers.set('Authorization', header);
      return request;
    },
  };
}
