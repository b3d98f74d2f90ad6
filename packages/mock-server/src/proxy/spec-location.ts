// Where in the spec a finding points: the schema to edit, as a JSON pointer into the bundled spec
// (`#/components/schemas/Candidate/properties/phone_number`). The short path from evidence to fix.
import type { Spec } from '../engine/types.js';
import { escapePointer } from './undocumented-fields.js';

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

function at(spec: Spec, location: string): any {
  return location
    .slice(2)
    .split('/')
    .filter((s) => s !== '')
    .reduce<any>((node, key) => node?.[unescape(key)], spec);
}

/** Follows `$ref`s from a location to the schema they end at: [schema, its location]. */
export function resolve(spec: Spec, location: string): [any, string] {
  let node = at(spec, location);
  for (let hops = 0; node && typeof node.$ref === 'string' && node.$ref.startsWith('#/') && hops < 20; hops++) {
    location = node.$ref;
    node = at(spec, location);
  }
  return [node, location];
}

/** One step down the instance: into `items`, a property, a composed branch that has it, or a map. */
function step(spec: Spec, node: any, location: string, segment: string, depth = 0): [any, string] | undefined {
  if (!node || typeof node !== 'object' || depth > 8) return undefined;
  if (segment === '*' && node.items && typeof node.items === 'object') return [node.items, `${location}/items`];
  if (segment !== '*' && node.properties && segment in node.properties) return [node.properties[segment], `${location}/properties/${escapePointer(segment)}`];
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    if (!Array.isArray(node[key])) continue;
    for (let i = 0; i < node[key].length; i++) {
      const [branch, branchLocation] = resolve(spec, `${location}/${key}/${i}`);
      const found = step(spec, branch, branchLocation, segment, depth + 1);
      if (found) return found;
    }
  }
  if (node.additionalProperties && typeof node.additionalProperties === 'object') return [node.additionalProperties, `${location}/additionalProperties`];
  return undefined;
}

/** The object schema under a composition that declares properties (where a property is added). */
function declaringObject(spec: Spec, node: any, location: string, depth = 0): string {
  if (!node || node.properties || depth > 8) return location;
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    if (!Array.isArray(node[key])) continue;
    for (let i = 0; i < node[key].length; i++) {
      const [branch, branchLocation] = resolve(spec, `${location}/${key}/${i}`);
      if (branch && (branch.properties || branch.type === 'object')) return declaringObject(spec, branch, branchLocation, depth + 1);
    }
  }
  return location;
}

/**
 * The schema for the value at `pointer` (array positions `*`) under the schema at `root`; with
 * `parent`, the object schema that holds it (where `required` lives, where a property is added).
 * Undefined when the spec has no schema there.
 */
export function locateSchema(spec: Spec, root: string, pointer: string, parent = false): string | undefined {
  let segments = pointer ? pointer.slice(1).split('/').map(unescape) : [];
  if (parent) segments = segments.slice(0, -1);
  let [node, location] = resolve(spec, root);
  for (const segment of segments) {
    const next = step(spec, node, location, segment);
    if (!next) return undefined;
    [node, location] = next;
    if (parent || segment !== segments.at(-1)) [node, location] = resolve(spec, location);
  }
  return parent ? declaringObject(spec, node, location) : location;
}

/** `#/paths/~1api~1v1~1…/get`: the operation in the bundled spec. */
export const operationLocation = (path: string, method: string) => `#/paths/${escapePointer(path)}/${method.toLowerCase()}`;

/** The schema of a request or response body, its `$ref`s (components/responses, requestBodies) followed. */
export function bodySchemaLocation(spec: Spec, container: string, mediaType: string): string {
  const [, location] = resolve(spec, container);
  return `${location}/content/${escapePointer(mediaType)}/schema`;
}
