// The little JSON Schema reading the stateful engine needs: resolve `$ref`s, see through the
// spec's two-shape responses (`anyOf` a bare object or a `{content}` / `{result}` wrapper), tell
// whether a value fits a property, and build a stored object from what a request sent.
import { deref } from '../operations.js';
import type { Spec } from '../types.js';

type Schema = Record<string, any>;
type Json = Record<string, any>;

const branches = (schema: Schema | undefined): Schema[] => (schema ? [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])] : []);

/** The object schema a response body stands for: the branch that has an `id` (or `hash`) property. */
export function objectSchema(spec: Spec, schema: Schema | undefined): Schema | undefined {
  const resolved = deref(spec, schema);
  if (!resolved) return undefined;
  if (resolved.properties && ('id' in resolved.properties || 'hash' in resolved.properties)) return resolved;
  for (const branch of branches(resolved)) {
    const found = objectSchema(spec, branch);
    if (found) return found;
  }
  return resolved.properties ? resolved : undefined;
}

/** The item schema of a list response: array items, or the items of `results` / `result`. */
export function listItemSchema(spec: Spec, schema: Schema | undefined): Schema | undefined {
  const resolved = deref(spec, schema);
  if (!resolved) return undefined;
  if (resolved.type === 'array') return objectSchema(spec, resolved.items);
  const list = deref(spec, resolved.properties?.results ?? resolved.properties?.result);
  if (list?.type === 'array' || (Array.isArray(list?.type) && list.type.includes('array'))) return objectSchema(spec, list.items);
  for (const branch of branches(resolved)) {
    const found = listItemSchema(spec, branch);
    if (found) return found;
  }
  return undefined;
}

const typesOf = (schema: Schema): string[] => [schema.type ?? []].flat();

export function isNullable(spec: Spec, schema: Schema | undefined): boolean {
  const resolved = deref(spec, schema);
  if (!resolved) return true;
  return typesOf(resolved).includes('null') || branches(resolved).some((b) => isNullable(spec, b) && deref(spec, b)?.type === 'null');
}

/** A shallow check that a value has a type the property allows (full validation is Prism's job). */
export function fits(spec: Spec, schema: Schema | undefined, value: unknown): boolean {
  const resolved = deref(spec, schema);
  if (!resolved) return true;
  const alternatives = branches(resolved);
  if (alternatives.length) return alternatives.some((b) => fits(spec, b, value));
  const types = typesOf(resolved);
  if (types.length === 0) return true;
  if (resolved.enum && !resolved.enum.includes(value)) return false;
  return types.some((type) => {
    switch (type) {
      case 'null': return value === null;
      case 'string': return typeof value === 'string';
      case 'integer': return Number.isInteger(value);
      case 'number': return typeof value === 'number';
      case 'boolean': return typeof value === 'boolean';
      case 'array': return Array.isArray(value) && value.every((item) => fits(spec, resolved.items, item));
      case 'object': return typeof value === 'object' && value !== null && !Array.isArray(value);
      default: return true;
    }
  });
}

/**
 * A stored object per the fidelity policy: the server-assigned fields, what the request sent (where
 * the schema has a property it fits), and `null` or absence for the rest. Only a required property
 * that cannot be null falls back to an empty list or the spec's example, so the object still validates.
 */
export function shapeObject(spec: Spec, schema: Schema | undefined, sent: Json, assigned: Json, example?: Json): Json {
  const properties: Record<string, Schema> = schema?.properties ?? {};
  const required = new Set<string>(schema?.required ?? []);
  const object: Json = {};
  for (const [name, property] of Object.entries(properties)) {
    const reference = { id: sent[`${name}_id`] }; // `candidate_id` sent, `candidate: {id}` stored
    if (name in assigned) object[name] = assigned[name];
    else if (name in sent && fits(spec, property, sent[name])) object[name] = sent[name];
    else if (`${name}_id` in sent && isReference(spec, property) && fits(spec, property, reference)) object[name] = reference;
    else if (required.has(name)) {
      if (isNullable(spec, property)) object[name] = null;
      else if (typesOf(deref(spec, property) ?? {}).includes('array')) object[name] = [];
      else if (example && name in example) object[name] = structuredClone(example[name]);
    }
  }
  return object;
}

/** An object schema with an `id` property: a reference to another resource (`IdRef`). */
export function isReference(spec: Spec, schema: Schema | undefined): boolean {
  const resolved = deref(spec, schema);
  if (!resolved) return false;
  return !!deref(spec, resolved.properties?.id) || branches(resolved).some((b) => isReference(spec, b));
}

/**
 * Whether an item passes a list's query filter: `name=value` on a property `name`, or
 * `<x>_id=value` on a reference `<x>: {id}`. Filters the schema cannot place are ignored (undefined).
 */
export function filterFor(spec: Spec, schema: Schema | undefined, name: string): ((item: Json, value: string) => boolean) | undefined {
  const properties: Record<string, Schema> = schema?.properties ?? {};
  const scalar = deref(spec, properties[name]);
  // Dates filter by ranges (`created_at[gt]=…`), which the mock does not model: ignored.
  if (scalar && scalar.format !== 'date-time' && ['string', 'integer', 'number', 'boolean'].some((t) => typesOf(scalar).includes(t))) {
    return (item, value) => String(item[name]) === value;
  }
  const base = name.endsWith('_id') ? name.slice(0, -3) : undefined;
  if (base && isReference(spec, properties[base])) return (item, value) => String(item[base]?.id) === value;
  return undefined;
}

/** Applies a partial update: fields of `sent` the schema has and they fit; the rest stay. */
export function mergeUpdate(spec: Spec, schema: Schema | undefined, stored: Json, sent: Json): Json {
  const properties: Record<string, Schema> = schema?.properties ?? {};
  const updated: Json = { ...stored };
  for (const [name, value] of Object.entries(sent)) {
    if (name !== 'id' && name in properties && fits(spec, properties[name], value)) updated[name] = value;
  }
  if ('updated_at' in properties) updated.updated_at = new Date().toISOString();
  return updated;
}

/** Puts an object into the shape of the response the spec gave: bare, or in its `{content}` / `{result}` wrapper. */
export function inShapeOf(responseBody: unknown, object: Json): unknown {
  if (responseBody && typeof responseBody === 'object' && !Array.isArray(responseBody) && !('id' in responseBody)) {
    for (const key of ['content', 'result']) {
      const inner = (responseBody as Json)[key];
      if (inner && typeof inner === 'object' && !Array.isArray(inner)) return { ...(responseBody as Json), [key]: object };
    }
  }
  return object;
}

/** The bare object of a response body that may be wrapped (see inShapeOf). */
export function unwrap(body: unknown): Json | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const json = body as Json;
  if ('id' in json || 'hash' in json) return json;
  for (const key of ['content', 'result']) if (json[key] && typeof json[key] === 'object' && !Array.isArray(json[key])) return json[key];
  return json;
}
