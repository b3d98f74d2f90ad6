// The request/response shapes the engine works on. Plain data only (no Node types), so the same
// engine runs behind the Node HTTP front and, later, inside MSW handlers in a browser.

export type Headers = Record<string, string | string[] | undefined>;

/** A request as the engine sees it, body already parsed (JSON value, form object, text, or null). */
export interface MockRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Headers;
  body: unknown;
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

/** An OpenAPI document, read as plain JSON. */
export type Spec = Record<string, any>;
