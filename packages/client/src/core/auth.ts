import { AtsSdkError } from './errors.js';

/**
 * `Authorization: Bearer <token>`, for the client's default headers: a call's own
 * `headers.Authorization` (or the client's `headers`) wins.
 * A key pasted with a trailing newline is trimmed. A key that still cannot be a header value is
 * refused here, with a message that does not quote it (fetch's own error would).
 */
export function bearerAuth(token: string | undefined): Record<string, string> {
  const value = token?.trim();
  if (!value) return {};
  if (!/^[\x21-\x7e]+$/.test(value)) throw new AtsSdkError('Invalid characters in the API key or token');
  return { Authorization: `Bearer ${value}` };
}
