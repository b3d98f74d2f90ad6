// Request and response schemas compiled with ajv the way Prism compiles them (draft-07 ajv,
// `allErrors`, union types, non-strict; parameters with type coercion, bodies without), so whatever
// the fast path finds valid Prism finds valid too. `$ref`s point into the spec's components, which
// ajv holds once per spec.
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Spec } from '../types.js';

const SPEC_ID = 'urn:ats-mock:spec';

export interface SchemaCompiler {
  params(schema: Record<string, unknown>): ValidateFunction;
  body(schema: unknown): ValidateFunction;
}

export function createSchemaCompiler(spec: Spec): SchemaCompiler {
  // validateSchema off: checking schemas against the meta-schema is most of the compile time, and a
  // schema Prism cannot compile it skips, which at worst makes this check stricter, never looser.
  const options = { allErrors: true, allowUnionTypes: true, allowMatchingProperties: true, strict: false, validateSchema: false, logger: false as const };
  const coercing = new Ajv({ ...options, coerceTypes: true });
  const exact = new Ajv({ ...options, coerceTypes: false });
  for (const ajv of [coercing, exact]) {
    addFormats(ajv);
    // The components are referenced, not validated as a schema (they hold OpenAPI-only keywords).
    ajv.addSchema({ $id: SPEC_ID, components: { schemas: spec.components?.schemas ?? {} } }, undefined, undefined, false);
  }
  return {
    params: (schema) => coercing.compile(withSpecRefs(schema)),
    body: (schema) => exact.compile(withSpecRefs(schema)),
  };
}

/** A copy of the schema whose local `$ref`s (`#/components/…`) name the spec held by ajv. */
function withSpecRefs(node: unknown): any {
  if (Array.isArray(node)) return node.map(withSpecRefs);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? SPEC_ID + value : withSpecRefs(value)]),
  );
}
