// Why a request is invalid, for a front without Prism (the in-process MSW mock): the same checks as
// the fast path's request check (./fast/request-check.ts: security, then path, query and header
// parameters with coercion, then the JSON body without), reported as violations in Prism's shape so
// errorBody() words them alike. Browser-safe: ajv only.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileSecurity } from './fast/request-check.js';
import { createSchemaCompiler } from './fast/schema-compiler.js';
import { deref, type Operation } from './operations.js';
import type { MockRequest, Spec, Violation } from './types.js';

export interface RequestVerdict {
  /** False when no security alternative is met (the answer is then the API's 401). */
  authenticated: boolean;
  violations: Violation[];
}

export type RequestExplainer = (request: MockRequest, operation: Operation, pathParams: Record<string, string>) => RequestVerdict;

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;.*)?$/i;

export function createRequestExplainer(spec: Spec): RequestExplainer {
  const compiler = createSchemaCompiler(spec);
  const compiled = new Map<unknown, ValidateFunction | null>();
  const compile = (key: unknown, build: () => ValidateFunction) => {
    if (!compiled.has(key)) {
      try {
        compiled.set(key, build());
      } catch {
        compiled.set(key, null); // a schema ajv cannot compile goes unchecked, as in Prism
      }
    }
    return compiled.get(key) ?? undefined;
  };

  return (request, operation, pathParams) => {
    const security = compileSecurity(spec, operation.security);
    if (security && !security(request.headers)) return { authenticated: false, violations: [] };
    // Where anonymous access is one alternative, credentials that are sent must still be good ones.
    const sent = request.headers.authorization;
    if (sent !== undefined && operation.security.some((r) => Object.keys(r).length === 0) && !/^Bearer\s.+$/.test(String(sent))) {
      return { authenticated: false, violations: [] };
    }
    const violations: Violation[] = [];
    const sources = { path: pathParams, query: request.query, header: request.headers } as Record<string, Record<string, unknown>>;
    for (const parameter of operation.parameters as (Operation['parameters'][number] & { required?: boolean })[]) {
      if (parameter.in === 'cookie') continue;
      const values = sources[parameter.in]!;
      const name = parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name;
      const value = values[name];
      // Prism reads an empty value as absent and leaves object and array schemas unchecked: so does
      // this, or a request the server accepts would fail here.
      if (value === '' || (Array.isArray(value) && parameter.in !== 'query') || !isPrimitive(spec, parameter.schema)) continue;
      if (value === undefined) {
        if (parameter.required) violations.push(violation(['request', parameter.in], `must have required property '${parameter.name}'`));
        continue;
      }
      const validate = compile(parameter, () => compiler.params({ type: 'object', properties: { v: parameter.schema ?? {} } }));
      if (validate && !validate({ v: value })) violations.push(...fromAjv(['request', parameter.in, parameter.name], validate.errors, '/v'));
    }
    const requestBody = operation.requestBody;
    if (request.body === null || request.body === undefined) {
      if (requestBody?.required) violations.push(violation(['request', 'body'], 'Body parameter is required'));
    } else {
      const type = String(request.headers['content-type'] ?? '');
      const media = requestBody?.content?.['application/json'] ?? (requestBody?.content?.['multipart/form-data'] as unknown);
      if (!requestBody || (!JSON_TYPE.test(type) && !requestBody.content?.[type.split(';')[0]!.trim()])) {
        violations.push(violation(['request', 'body'], `The body's content type ${type || '(none)'} is not one this operation takes.`, 415));
      } else {
        const schema = deref(spec, (media as { schema?: unknown } | undefined)?.schema);
        const validate = schema ? compile(media, () => compiler.body((media as { schema: unknown }).schema)) : undefined;
        if (validate && !validate(request.body)) violations.push(...fromAjv(['request', 'body'], validate.errors));
      }
    }
    return { authenticated: true, violations };
  };
}

/** Objects and arrays (deepObject filters, `field[]` lists) arrive as strings Prism does not check. */
function isPrimitive(spec: Spec, schema: unknown): boolean {
  const resolved = deref(spec, schema) ?? {};
  return resolved.type !== 'object' && resolved.type !== 'array';
}

function violation(location: string[], message: string, code?: string | number): Violation {
  return { location, severity: 'Error', ...(code ? { code } : {}), message };
}

function fromAjv(location: string[], errors: ErrorObject[] | null | undefined, strip = ''): Violation[] {
  return (errors ?? []).map((error) => {
    const path = error.instancePath.slice(strip.length).split('/').filter(Boolean);
    return violation([...location, ...path], error.message ?? 'is invalid', error.keyword);
  });
}
