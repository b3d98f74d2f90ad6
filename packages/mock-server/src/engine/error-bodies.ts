// Prism answers an invalid request with the spec's canned example for the error status, so the real
// reason only reaches the `sl-violations` header. The mock instead writes a body that states the
// reason in the API's own error shape (so it still validates against the spec), keeping the header.
import type { MockApi } from '../apis.js';
import type { Violation } from './types.js';

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
};

/** The field a violation is about: its location after request/body|query|path|header, plus the
 * property a `required` violation names ("must have required property 'email'"). */
function fieldOf(violation: Violation): string | undefined {
  const [, , ...rest] = violation.location;
  const missing = /required property '([^']+)'/.exec(violation.message)?.[1];
  const path = missing ? [...rest, missing] : rest;
  return path.length ? path.join('.') : undefined;
}

/** A request-error body in the API's documented shape, naming every problem found. */
export function errorBody(api: MockApi, status: number, violations: Violation[], fallback?: string): unknown {
  const messages = violations.map((v) => v.message);
  const summary = messages.join('; ') || fallback || STATUS_TEXT[status] || 'Invalid request';
  if (api === 'unified-ats') {
    return { statusCode: status, error: STATUS_TEXT[status] ?? 'Error', message: summary };
  }
  if (status !== 400) return { detail: summary };
  // Recruspace (Django REST Framework): a map of field → messages, `non_field_errors` for the rest.
  const fields: Record<string, string[]> = {};
  for (const violation of violations.length ? violations : [{ location: [], severity: 'Error', message: summary }]) {
    const key = fieldOf(violation) ?? 'non_field_errors';
    (fields[key] ??= []).push(violation.message);
  }
  return fields;
}
