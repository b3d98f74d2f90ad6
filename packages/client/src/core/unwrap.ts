// Where the specs accept two shapes for one response (spec/CONVENTIONS.md, policies 2 and 7), these
// helpers give callers one: the bare object, whichever shape the server sent.

/** The bare object of a body that may come wrapped as `{ success, content }` (Recruspace). */
export type UnwrappedContent<T> = T extends { content: infer Inner } ? Inner : T;
/** The bare object of a body that may come wrapped as `{ result }` (Truto custom methods). */
export type UnwrappedResult<T> = T extends { result: infer Inner } ? Inner : T;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A wrapper has the key and no `id` of its own (a bare object always carries its id). */
const isWrapper = (body: unknown, key: string): body is Record<string, unknown> =>
  isRecord(body) && key in body && isRecord(body[key]) && !('id' in body);

/**
 * Recruspace Create Candidate and Upload File: the docs describe the created object, the vendor's own
 * n8n node reads it from `{ "success": "OK", "content": { ... } }`. Returns the object either way.
 */
export function unwrapContent<T>(body: T): UnwrappedContent<T> {
  return (isWrapper(body, 'content') ? body.content : body) as UnwrappedContent<T>;
}

/**
 * Truto custom methods (move-stage, reject, attachment download): the endpoint pages show the bare
 * resource, Truto's published conventions wrap it as `{ "result": { ... } }`. Returns it either way.
 */
export function unwrapResult<T>(body: T): UnwrappedResult<T> {
  return (isWrapper(body, 'result') ? body.result : body) as UnwrappedResult<T>;
}
