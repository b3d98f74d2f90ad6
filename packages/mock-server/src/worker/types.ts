import type { IncomingHttpHeaders } from 'node:http';

/** A request as the mock layers see it, body already parsed (JSON value, text, or null). */
export interface MockRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** The text fields of a multipart body (files left out), for the stateful layer. */
  form?: Record<string, string>;
}

/** A response before serialization: `body` is a JSON value, a string, or undefined for none. */
export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** A request-level violation as Prism reports it (also sent in the `sl-violations` header). */
export interface Violation {
  location: string[];
  severity: string;
  code?: string | number;
  message: string;
}
