// Properties a response carries that its schema does not declare. The open spec accepts them, so
// validation is silent about them; they are exactly what maintainers need to learn.
import { deref } from '../engine/operations.js';
import type { Spec } from '../engine/types.js';
import { jsonType } from './redact.js';

export interface FoundField {
  pointer: string;
  type: string;
  value: unknown;
}

const MAX_DEPTH = 32;
/** Array items walked per array: enough to see every shape a page has, bounded however big it is. */
const MAX_ITEMS = 200;

export const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Each undocumented property once per pointer (array positions written `*`), outermost only. */
export function findUndocumentedFields(spec: Spec, schema: unknown, value: unknown, limit = 200): FoundField[] {
  const found = new Map<string, FoundField>();
  walk(spec, [schema], value, '', 0, found, limit);
  return [...found.values()];
}

/** The schema and every branch it composes (allOf, and anyOf/oneOf: any branch may be the one). */
function expand(spec: Spec, schemas: unknown[], seen = new Set<unknown>()): Record<string, any>[] {
  const out: Record<string, any>[] = [];
  for (const raw of schemas) {
    const schema = deref(spec, raw);
    if (!schema || typeof schema !== 'object' || seen.has(schema)) continue;
    seen.add(schema);
    out.push(schema);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      if (Array.isArray(schema[key])) out.push(...expand(spec, schema[key], seen));
    }
  }
  return out;
}

function walk(spec: Spec, raw: unknown[], value: unknown, pointer: string, depth: number, found: Map<string, FoundField>, limit: number) {
  if (depth > MAX_DEPTH || found.size >= limit || value === null || typeof value !== 'object') return;
  const schemas = expand(spec, raw);
  if (Array.isArray(value)) {
    const items = schemas.flatMap((s) => (s.items && typeof s.items === 'object' ? [s.items] : []));
    if (!items.length) return;
    for (const item of value.slice(0, MAX_ITEMS)) walk(spec, items, item, `${pointer}/*`, depth + 1, found, limit);
    return;
  }
  // A schema that names no properties is free-form (or a map): nothing in it is "undocumented".
  const declaring = schemas.filter((s) => s.properties && typeof s.properties === 'object');
  if (!declaring.length) return;
  const maps = schemas.flatMap((s) => [
    ...(s.additionalProperties && typeof s.additionalProperties === 'object' ? [s.additionalProperties] : []),
    ...Object.values<unknown>(s.patternProperties ?? {}),
  ]);
  for (const [key, child] of Object.entries(value)) {
    const childPointer = `${pointer}/${escapePointer(key)}`;
    const declared = declaring.flatMap((s) => (key in s.properties ? [s.properties[key]] : []));
    if (declared.length) walk(spec, declared, child, childPointer, depth + 1, found, limit);
    else if (maps.length) walk(spec, maps, child, childPointer, depth + 1, found, limit);
    else if (!found.has(childPointer) && found.size < limit) found.set(childPointer, { pointer: childPointer, type: jsonType(child), value: child });
  }
}
