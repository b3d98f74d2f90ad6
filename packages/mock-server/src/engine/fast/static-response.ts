// The response Prism's static mode gives a valid request, chosen the way its negotiator chooses it:
// the lowest 2xx (or the `Prefer: code=…`), its JSON content, the first example (or the one
// `Prefer: example=…` names), each header's example, `Content-type` and `deprecation` as Prism sets
// them. Computed once per operation × status × example × Accept kind and reused: a static answer is
// a lookup. Whatever this does not model exactly (no example, a range status, other media types) is
// undefined: the front asks Prism for those. Examples are not validated here (compiling response
// schemas would cost start-up): an example that failed its schema would get an `sl-violations`
// header from Prism and not from here, and the differential test, which requests every example of
// the shipped specs, would fail.
import { deepFreeze } from '../deep-freeze.js';
import { deref, type Operation } from '../operations.js';
import type { MockResponse, Spec } from '../types.js';

export interface Preferences {
  code?: number;
  example?: string;
}

/** How the request's Accept header bears on negotiation: absent, or one only JSON can satisfy. */
export type AcceptKind = 'none' | 'json';

export function staticResponse(
  spec: Spec,
  operation: Operation,
  preferences: Preferences,
  accept: AcceptKind,
): MockResponse | undefined {
  const code = preferences.code !== undefined ? String(preferences.code) : lowest2xx(operation);
  const response = code !== undefined ? deref(spec, operation.responses[code]) : undefined;
  if (!response) return undefined;

  const contents: Record<string, any> = response.content ?? {};
  const types = Object.keys(contents);
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries<any>(response.headers ?? {})) {
    const header = deref(spec, raw);
    const value = header?.schema ? firstExample(spec, header) : undefined;
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    headers[name.toLowerCase()] = String(value);
  }

  let body: unknown;
  if (types.length === 0) {
    if (preferences.example !== undefined) return undefined;
    // Prism's default negotiation names an empty response text/plain; with an Accept header it names none.
    if (accept === 'none') headers['content-type'] = 'text/plain';
  } else {
    if (types.length !== 1 || types[0] !== 'application/json') return undefined;
    const media = contents['application/json'];
    body = preferences.example !== undefined ? namedExample(spec, media, preferences.example) : firstExample(spec, media);
    if (body === undefined) return undefined;
    headers['content-type'] = 'application/json';
  }
  if (operation.deprecated) headers.deprecation = 'true';
  return { status: Number(code), headers, body: deepFreeze(structuredClone(body)) };
}

/** The lowest documented 2xx, as Prism orders them (as strings); a range (`2XX`) is left to Prism. */
function lowest2xx(operation: Operation): string | undefined {
  const codes = Object.keys(operation.responses).filter((code) => /^2(\d\d|XX)$/.test(code)).sort();
  return codes[0] && /^\d{3}$/.test(codes[0]) ? codes[0] : undefined;
}

/** `example`, else the first of `examples` (Prism lists `example` first, as the key "default"). */
function firstExample(spec: Spec, holder: any): unknown {
  if (holder.example !== undefined) return holder.example;
  const first = Object.values<any>(holder.examples ?? {})[0];
  return first === undefined ? undefined : exampleValue(spec, first);
}

function namedExample(spec: Spec, media: any, key: string): unknown {
  if (media.example !== undefined) return key === 'default' && !media.examples ? media.example : undefined;
  const example = media.examples?.[key];
  return example === undefined ? undefined : exampleValue(spec, example);
}

const exampleValue = (spec: Spec, example: any): unknown => {
  const resolved = deref(spec, example);
  return resolved && 'value' in resolved && !('externalValue' in resolved) ? resolved.value : undefined;
};
