// Per operation, a check that a request is one Prism would find valid: security satisfied, path,
// query and header parameters and the JSON body valid against their schemas. It answers "surely
// valid" or "not sure"; for "not sure" (an invalid request, or a corner the check does not model:
// array or object parameters, %-encoded paths, form bodies, deprecated parameters) the front asks
// Prism, so every error body and corner stays Prism's.
import type { ValidateFunction } from 'ajv';
import { deref, type Operation, type Parameter } from '../operations.js';
import type { MockRequest, Spec } from '../types.js';
import type { SchemaCompiler } from './schema-compiler.js';

export type RequestCheck = (request: MockRequest, pathParams: Record<string, string>) => boolean;

const PRIMITIVE = new Set(['string', 'integer', 'number', 'boolean']);
const JSON_TYPE = /^application\/json\s*(;\s*charset=utf-8\s*)?$/i;
const never: RequestCheck = () => false;

export function compileRequestCheck(spec: Spec, operation: Operation, compiler: SchemaCompiler): RequestCheck {
  const security = compileSecurity(spec, operation.security);
  if (!security) return never;
  const params = (['path', 'query', 'header'] as const).map((location) => compileParams(spec, operation, location, compiler));
  if (params.some((p) => !p)) return never;
  const [path, query, header] = params as ParamsCheck[];
  const body = compileBody(spec, operation, compiler);
  if (!body) return never;

  return (request, pathParams) => {
    if (!security(request.headers)) return false;
    if (request.path.includes('%')) return false; // decoding corners stay Prism's
    for (const key in request.query) if (key.startsWith('__')) return false; // Prism's __code / __example
    return path!(pathParams) && query!(request.query) && header!(request.headers) && body(request);
  };
}

/** Whether some alternative of the security requirement is met (undefined: a scheme not modelled). */
export function compileSecurity(spec: Spec, requirements: Record<string, string[]>[]): ((headers: MockRequest['headers']) => boolean) | undefined {
  if (!requirements.length) return () => true;
  const schemes = spec.components?.securitySchemes ?? {};
  const alternatives: ((headers: MockRequest['headers']) => boolean)[][] = [];
  for (const requirement of requirements) {
    const checks = [];
    for (const name of Object.keys(requirement)) {
      const scheme = deref(spec, schemes[name]);
      if (scheme?.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer') {
        checks.push((headers: MockRequest['headers']) => typeof headers.authorization === 'string' && /^Bearer\s.+$/.test(headers.authorization));
      } else if (scheme?.type === 'apiKey' && scheme.in === 'header') {
        const header = String(scheme.name).toLowerCase();
        checks.push((headers: MockRequest['headers']) => typeof headers[header] === 'string' && headers[header] !== '');
      } else {
        return undefined;
      }
    }
    alternatives.push(checks);
  }
  return (headers) => alternatives.some((checks) => checks.every((check) => check(headers)));
}

type ParamsCheck = (values: Record<string, unknown>) => boolean;

/** The parameters of one location, validated as Prism does: names case-insensitive, values coerced. */
function compileParams(spec: Spec, operation: Operation, location: Parameter['in'], compiler: SchemaCompiler): ParamsCheck | undefined {
  const declared = operation.parameters.filter((p) => p.in === location);
  if (!declared.length) return () => true;
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  const modelled = new Set<string>();
  const deprecated = new Set<string>();
  for (const parameter of declared as (Parameter & { required?: boolean; deprecated?: boolean; style?: string })[]) {
    const name = parameter.name.toLowerCase();
    const schema = deref(spec, parameter.schema) ?? {};
    properties[name] = parameter.schema ?? {};
    if (parameter.required) required.push(name);
    if (parameter.deprecated) deprecated.add(name);
    if (PRIMITIVE.has(schema.type) && !schema.anyOf && !schema.oneOf && !schema.allOf && (!parameter.style || parameter.style === (location === 'query' ? 'form' : 'simple'))) {
      modelled.add(name);
    }
  }
  let validate: ValidateFunction;
  try {
    validate = compiler.params({ type: 'object', properties, required });
  } catch {
    return undefined; // a schema ajv cannot compile: Prism skips such validation, so leave it to Prism
  }
  return (values) => {
    const picked: Record<string, unknown> = {};
    for (const key in values) {
      const name = key.toLowerCase();
      if (!(name in properties)) continue;
      const value = values[key];
      if (name in picked || typeof value !== 'string' || value === '' || !modelled.has(name) || deprecated.has(name)) return false;
      picked[name] = value;
    }
    return validate(picked);
  };
}

/** A JSON body valid against the operation's `application/json` schema, or no body when none is required. */
function compileBody(spec: Spec, operation: Operation, compiler: SchemaCompiler): ((request: MockRequest) => boolean) | undefined {
  const requestBody = operation.requestBody;
  const media = requestBody?.content?.['application/json'];
  let validate: ValidateFunction | undefined;
  if (media?.schema) {
    try {
      validate = compiler.body(media.schema);
    } catch {
      return undefined;
    }
  }
  return (request) => {
    if (request.body === null || request.body === undefined) return !requestBody?.required;
    const type = request.headers['content-type'];
    if (!validate || typeof type !== 'string' || !JSON_TYPE.test(type)) return false;
    return validate(request.body); // no coercion or defaults: ajv leaves the body as it is
  };
}
