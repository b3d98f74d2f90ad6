// The drift report: what the proxy learned about where the real API and the open spec disagree.
// Only pointers, keywords, types, counts and status codes: never a header, query or body value
// (a redacted sample only when `--samples` asks for one).

/** The spec change a maintainer is most likely to make for a deviation. */
export type Suggestion =
  | 'make-nullable'
  | 'widen-type'
  | 'add-property'
  | 'add-status'
  | 'relax-required'
  | 'add-enum-value'
  | 'review';

/** Where in the exchange a deviation is: the body, a parameter, a header, or the status itself. */
export type Location = 'body' | 'path' | 'query' | 'header' | 'status' | 'content-type';

export interface ViolationEntry {
  direction: 'request' | 'response';
  /** The response status it was seen with (response violations only). */
  status?: number;
  location: Location;
  /** JSON pointer into the body (array positions written `*`), or `/<name>` of the parameter or header. */
  pointer: string;
  /** The JSON Schema keyword that failed (`type`, `required`, `enum`, …), or `status` / `content-type`. */
  keyword: string;
  message: string;
  /** How many exchanges showed it (each exchange counts once, however many array items it hit). */
  count: number;
  suggestion: Suggestion;
  /** The schema (or operation part) to edit, as a JSON pointer into the bundled spec. */
  specLocation?: string;
  /** The JSON types seen at the pointer (for `type` violations). */
  types?: string[];
  /** With `--samples`: one value seen, redacted by pattern. */
  sample?: unknown;
}

export interface UndocumentedField {
  /** JSON pointer of a response property the spec does not declare (array positions written `*`). */
  pointer: string;
  count: number;
  types: string[];
  /** The object schema the property would be declared in, as a JSON pointer into the bundled spec. */
  specLocation?: string;
  sample?: unknown;
}

export interface OperationReport {
  method: string;
  /** The spec's path template, or a guess at one for requests no operation matches. */
  path: string;
  /** False for requests that fit no operation of the spec. */
  matched: boolean;
  requests: number;
  /** What the client got, by status code (the proxy's own 502s included). */
  statuses: Record<string, number>;
  /** Upstream failures by kind (`timeout`, `connection-closed`, `invalid-response`, …). */
  upstreamFailures?: Record<string, number>;
  violations: ViolationEntry[];
  undocumentedFields: UndocumentedField[];
  /** Entries not kept because the operation reached the report's size limit. */
  omitted?: number;
}

export interface DriftReport {
  api: string;
  /** The upstream, without credentials, query or fragment. */
  target: string;
  /** The spec the traffic was checked against: its `info.title` and `info.version`. */
  spec: { title: string; version: string };
  startedAt: string;
  updatedAt: string;
  /** Exchanges seen in total. */
  requests: number;
  /** Keyed by operationId, or `unmatched <METHOD> <path guess>`. */
  operations: Record<string, OperationReport>;
}
