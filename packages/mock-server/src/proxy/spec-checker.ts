// Checks one exchange, both directions, against the open spec with ajv (JSON Schema 2020-12, the
// dialect of OpenAPI 3.1). Findings carry pointers, keywords, messages and JSON types; the values
// themselves stay here (a sample leaves only through the recorder, redacted, with `--samples`).
import Ajv2020Module, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { deref, indexOperations, routeOperation, type Operation, type Parameter } from '../engine/operations.js';
import type { Spec } from '../engine/types.js';
import type { Location, Suggestion, ViolationEntry } from './report-model.js';
import { jsonType } from './redact.js';
import { bodySchemaLocation, locateSchema, operationLocation, resolve } from './spec-location.js';
import { escapePointer, findUndocumentedFields, type FoundField } from './undocumented-fields.js';

// ajv and ajv-formats are CommonJS: their default export is the module itself under Node's ESM.
const Ajv2020 = ((Ajv2020Module as any).default ?? Ajv2020Module) as typeof Ajv2020Module;
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as unknown as (ajv: InstanceType<typeof Ajv2020>) => void;

/** One deviation in one exchange: a report entry before counting, with the value seen (for `--samples`, redacted before it is stored). */
export type Finding = Omit<ViolationEntry, 'count' | 'sample'> & { value?: unknown };

export interface ExchangeInput {
  method: string;
  path: string;
  query: URLSearchParams;
  requestHeaders: Record<string, string | string[] | undefined>;
  /** The request body, or undefined when it was too large to keep for checking. */
  requestBody: Buffer | undefined;
  status: number;
  responseHeaders: Record<string, string | string[] | undefined>;
  /** The response body (decoded), or undefined when it was too large to keep for checking. */
  responseBody: Buffer | undefined;
}

export interface CheckedExchange {
  operation?: Operation;
  findings: Finding[];
  /** With the object schema each would be declared in. */
  undocumented: (FoundField & { specLocation?: string })[];
}

const REF_PREFIX = 'spec';

export function createSpecChecker(spec: Spec) {
  const operations = indexOperations(spec);
  // strict: false because OpenAPI adds keywords (example, x-*) that are not JSON Schema.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // Parameters and multipart fields arrive as text: `?limit=10` is an integer to the spec.
  const coercing = new Ajv2020({ strict: false, allErrors: true, coerceTypes: 'array' });
  for (const instance of [ajv, coercing]) {
    addFormats(instance);
    instance.addSchema(spec, REF_PREFIX);
  }
  const compiled = new Map<unknown, ValidateFunction>();
  function validator(schema: unknown, coerce = false): ValidateFunction {
    const key = coerce ? JSON.stringify(['coerce', schema]) : schema;
    let validate = compiled.get(key);
    if (!validate) {
      // Compiled on its own, its local `$ref`s pointed at the registered document.
      const rebased = JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', `"$ref":"${REF_PREFIX}#/`));
      validate = (coerce ? coercing : ajv).compile(rebased);
      compiled.set(key, validate);
    }
    return validate;
  }

  /**
   * ajv reports every branch of a failed oneOf/anyOf, most of them irrelevant (a Truto page that is
   * not the keyed variant is not "result must be object"). Each branch is validated on its own and
   * only the one that came closest speaks: fewest problems, then the deepest ones.
   */
  function closestBranches(errors: ErrorObject[], data: unknown, root: string, depth = 0): ErrorObject[] {
    // Outermost first; a list of 200 items failing the same oneOf is 200 rounds, hence the cap.
    for (let round = 0; round < 500; round++) {
      const composite = errors
        .filter((e) => (e.keyword === 'oneOf' || e.keyword === 'anyOf') && !e.params?.passingSchemas)
        .sort((a, b) => a.instancePath.length - b.instancePath.length)[0];
      if (!composite || depth > 8) return errors;
      errors = chooseBranch(composite, errors, data, root, depth);
    }
    return errors;
  }

  function chooseBranch(composite: ErrorObject, errors: ErrorObject[], data: unknown, root: string, depth: number): ErrorObject[] {
    const at = composite.instancePath;
    const location = locateSchema(spec, root, wildcardArrays(data, at));
    const [node] = location ? resolve(spec, location) : [undefined];
    const branches: unknown[] | undefined = node?.[composite.keyword];
    if (!location || !Array.isArray(branches)) return errors.filter((e) => e !== composite);
    const value = valueAt(data, at);
    const outcomes = branches.map((branch) => {
      const validate = validator(branch);
      validate(value);
      const found = (validate.errors ?? []).map((e) => ({ ...e, instancePath: at + e.instancePath }));
      return { errors: closestBranches(found, data, root, depth + 1) };
    });
    const distinct = (list: ErrorObject[]) => new Set(list.map((e) => `${wildcardArrays(data, e.instancePath)}\u0000${e.keyword}`)).size;
    const deepest = (list: ErrorObject[]) => Math.max(...list.map((e) => e.instancePath.split('/').length + (e.keyword === 'required' ? 1 : 0)));
    const typeAtTop = (list: ErrorObject[]) => list.some((e) => e.keyword === 'type' && e.instancePath === at);
    let chosen: ErrorObject[];
    if (outcomes.every((o) => typeAtTop(o.errors))) {
      // The value fits no branch's type: one finding naming every type allowed (merged later).
      chosen = outcomes.flatMap((o) => o.errors.filter((e) => e.keyword === 'type' && e.instancePath === at));
    } else {
      const best = [...outcomes].sort((a, b) => distinct(a.errors) - distinct(b.errors) || deepest(b.errors) - deepest(a.errors))[0]!;
      chosen = best.errors;
    }
    const rest = errors.filter((e) => e !== composite && !(e.instancePath === at || e.instancePath.startsWith(`${at}/`)));
    return [...rest, ...chosen];
  }

  function checkSchema(schema: unknown, data: unknown, base: Omit<Finding, 'pointer' | 'keyword' | 'message' | 'suggestion'>, root?: string, coerce = false): Finding[] {
    const validate = validator(schema, coerce);
    if (validate(data)) return [];
    const errors = root === undefined ? (validate.errors ?? []) : closestBranches(validate.errors ?? [], data, root);
    return findingsFrom(errors, data, base).map((finding) => {
      // `required` and unknown-property failures are fixed in the object, not the property.
      const inParent = ['required', 'additionalProperties', 'unevaluatedProperties'].includes(finding.keyword);
      const specLocation = root === undefined ? undefined : locateSchema(spec, root, finding.pointer, inParent);
      return specLocation ? { ...finding, specLocation } : finding;
    });
  }

  return {
    operations,
    route: (method: string, path: string) => routeOperation(operations, method === 'HEAD' ? 'GET' : method, path),

    check(input: ExchangeInput): CheckedExchange {
      const routed = routeOperation(operations, input.method === 'HEAD' ? 'GET' : input.method, input.path);
      if (!routed) return { findings: [], undocumented: [] };
      const { operation, pathParams } = routed;
      const findings = [
        ...checkParameters(operation, pathParams, input),
        ...checkRequestBody(operation, input),
      ];
      const response = checkResponse(operation, input);
      return { operation, findings: [...findings, ...response.findings], undocumented: response.undocumented };
    },
  };

  function checkParameters(operation: Operation, pathParams: Record<string, string>, input: ExchangeInput): Finding[] {
    const findings: Finding[] = [];
    const parameters = operation.parameters;
    const where = operationLocation(operation.path, operation.method); // parameters may sit on the path item too
    for (const parameter of parameters as (Parameter & { required?: boolean })[]) {
      const base = { direction: 'request' as const, location: parameter.in as Location };
      const pointer = `/${escapePointer(parameter.name)}`;
      let value: unknown;
      if (parameter.in === 'path') value = pathParams[parameter.name];
      else if (parameter.in === 'query') {
        const all = input.query.getAll(parameter.name);
        value = all.length === 0 ? undefined : parameter.schema?.type === 'array' ? all : all[0];
      } else if (parameter.in === 'header') value = input.requestHeaders[parameter.name.toLowerCase()];
      else continue;
      if (value === undefined) {
        if (parameter.required) findings.push({ ...base, pointer, keyword: 'required', message: `must have required ${parameter.in} parameter '${parameter.name}'`, suggestion: 'relax-required', specLocation: where });
        continue;
      }
      if (!parameter.schema) continue;
      for (const finding of checkSchema(parameter.schema, value, base, undefined, true)) findings.push({ ...finding, pointer: pointer + finding.pointer, specLocation: where });
    }
    return findings;
  }

  function checkRequestBody(operation: Operation, input: ExchangeInput): Finding[] {
    const requestBody = operation.requestBody;
    const body = input.requestBody;
    if (!requestBody || body === undefined) return [];
    const base = { direction: 'request' as const, location: 'body' as const };
    if (body.length === 0) {
      return requestBody.required ? [{ ...base, pointer: '', keyword: 'required', message: 'must have a request body', suggestion: 'relax-required' }] : [];
    }
    const mediaType = mediaTypeOf(input.requestHeaders['content-type']);
    const content = requestBody.content ?? {};
    const schema = deref(spec, content[mediaType]?.schema);
    const where = operationLocation(operation.path, operation.method);
    if (!(mediaType in content)) {
      return [{ ...base, location: 'content-type', pointer: '', keyword: 'content-type', message: `request content type "${mediaType}" is not documented`, suggestion: 'review', specLocation: `${where}/requestBody` }];
    }
    if (!schema) return [];
    const root = bodySchemaLocation(spec, `${where}/requestBody`, mediaType);
    if (isJson(mediaType)) {
      const parsed = parseJson(body);
      if (!parsed.ok) return [{ ...base, pointer: '', keyword: 'parse', message: 'request body is not valid JSON', suggestion: 'review' }];
      return checkSchema(schema, parsed.value, base, root);
    }
    if (mediaType === 'multipart/form-data' || mediaType === 'application/x-www-form-urlencoded') {
      const fields = formFields(body, input.requestHeaders['content-type']);
      return fields ? checkSchema(schema, fields, base, root, true) : [];
    }
    return [];
  }

  function checkResponse(operation: Operation, input: ExchangeInput): { findings: Finding[]; undocumented: FoundField[] } {
    const status = input.status;
    const base = { direction: 'response' as const, status };
    const where = operationLocation(operation.path, operation.method);
    const statusKey = [String(status), `${String(status)[0]}XX`, 'default'].find((key) => key in operation.responses);
    const documented = statusKey === undefined ? undefined : operation.responses[statusKey];
    if (!documented) {
      return { findings: [{ ...base, location: 'status', pointer: '', keyword: 'status', message: `status ${status} is not documented`, suggestion: 'add-status', specLocation: `${where}/responses` }], undocumented: [] };
    }
    const responseLocation = `${where}/responses/${statusKey}`;
    const findings: Finding[] = [];
    for (const [name, raw] of Object.entries<any>(documented.headers ?? {})) {
      const header = deref(spec, raw);
      const value = input.responseHeaders[name.toLowerCase()];
      const pointer = `/${escapePointer(name.toLowerCase())}`;
      if (value === undefined) {
        if (header?.required) findings.push({ ...base, location: 'header', pointer, keyword: 'required', message: `must have required header '${name}'`, suggestion: 'relax-required', specLocation: `${responseLocation}/headers` });
      } else if (header?.schema) {
        for (const finding of checkSchema(header.schema, value, { ...base, location: 'header' }, undefined, true)) findings.push({ ...finding, pointer: pointer + finding.pointer, specLocation: `${responseLocation}/headers/${escapePointer(name)}` });
      }
    }
    const body = input.responseBody;
    if (body === undefined || body.length === 0 || input.method === 'HEAD') return { findings, undocumented: [] };
    const content = documented.content ?? {};
    const mediaType = mediaTypeOf(input.responseHeaders['content-type']);
    if (!(mediaType in content)) {
      const message = Object.keys(content).length ? `response content type "${mediaType || 'none'}" is not documented` : 'response has a body but the spec documents none';
      findings.push({ ...base, location: 'content-type', pointer: '', keyword: 'content-type', message, suggestion: 'review', specLocation: responseLocation });
      return { findings, undocumented: [] };
    }
    const schema = content[mediaType]?.schema;
    if (!schema || !isJson(mediaType)) return { findings, undocumented: [] };
    const parsed = parseJson(body);
    if (!parsed.ok) {
      findings.push({ ...base, location: 'body', pointer: '', keyword: 'parse', message: 'response body is not valid JSON', suggestion: 'review' });
      return { findings, undocumented: [] };
    }
    const root = bodySchemaLocation(spec, responseLocation, mediaType);
    findings.push(...checkSchema(schema, parsed.value, { ...base, location: 'body' }, root));
    const undocumented = findUndocumentedFields(spec, schema, parsed.value).map((field) => {
      const specLocation = locateSchema(spec, root, field.pointer, true);
      return specLocation ? { ...field, specLocation } : field;
    });
    return { findings, undocumented };
  }
}

export type SpecChecker = ReturnType<typeof createSpecChecker>;

/** ajv's errors as findings: one per pointer and keyword, composite noise (oneOf/anyOf) folded in. */
function findingsFrom(errors: ErrorObject[], data: unknown, base: Omit<Finding, 'pointer' | 'keyword' | 'message' | 'suggestion'>): Finding[] {
  const pointerOf = (error: ErrorObject) => {
    const extra = error.keyword === 'required' ? error.params.missingProperty
      : error.keyword === 'additionalProperties' ? error.params.additionalProperty
      : error.keyword === 'unevaluatedProperties' ? error.params.unevaluatedProperty
      : undefined;
    return extra === undefined ? error.instancePath : `${error.instancePath}/${escapePointer(String(extra))}`;
  };
  const composites = new Set(errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath));
  // Under a oneOf/anyOf, a branch whose type did not fit says nothing when another branch found a
  // deeper problem (a nullable object that is missing a property is not "must be null").
  const under = (pointer: string, path: string) => pointer === path || pointer.startsWith(`${path}/`);
  const isComposite = (e: ErrorObject) => e.keyword === 'oneOf' || e.keyword === 'anyOf';
  const specific = (path: string) => errors.some((e) => e.keyword !== 'type' && !isComposite(e) && under(e.instancePath, path) && pointerOf(e) !== path);
  const byKey = new Map<string, Finding>();
  for (const error of errors) {
    // A oneOf/anyOf is kept only when no branch said anything more precise at or under its pointer.
    if (isComposite(error) && errors.some((e) => !isComposite(e) && under(e.instancePath, error.instancePath))) continue;
    if (error.keyword === 'type' && composites.has(error.instancePath) && specific(error.instancePath)) continue;
    const raw = pointerOf(error);
    const value = valueAt(data, error.instancePath);
    const pointer = wildcardArrays(data, raw);
    const key = `${pointer}\u0000${error.keyword}`;
    const existing = byKey.get(key);
    if (existing) {
      // Several branches disagreeing on type: one finding naming every type the spec allows.
      if (error.keyword === 'type' && !existing.message.includes(String(error.params.type))) existing.message += ` or ${String(error.params.type)}`;
      continue;
    }
    const actual = error.keyword === 'type' ? jsonType(value) : undefined;
    byKey.set(key, {
      ...base,
      pointer,
      keyword: error.keyword,
      message: error.message ?? error.keyword,
      suggestion: suggestionFor(error.keyword, actual),
      ...(actual ? { types: [actual] } : {}),
      value,
    });
  }
  return [...byKey.values()];
}

export function suggestionFor(keyword: string, actualType?: string): Suggestion {
  switch (keyword) {
    case 'type':
      return actualType === 'null' ? 'make-nullable' : 'widen-type';
    case 'required':
      return 'relax-required';
    case 'enum':
    case 'const':
      return 'add-enum-value';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'add-property';
    case 'status':
      return 'add-status';
    default:
      return 'review';
  }
}

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

function valueAt(data: unknown, pointer: string): unknown {
  if (!pointer) return data;
  return pointer
    .slice(1)
    .split('/')
    .reduce<any>((at, segment) => (at === null || typeof at !== 'object' ? undefined : at[unescape(segment)]), data);
}

/** `/result/3/id` → `/result/*\/id`: the same deviation in every item of a list is one finding. */
function wildcardArrays(data: unknown, pointer: string): string {
  if (!pointer) return pointer;
  let at: any = data;
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => {
      const isIndex = Array.isArray(at);
      at = at === null || typeof at !== 'object' ? undefined : at[unescape(segment)];
      return isIndex ? '*' : segment;
    })
    .reduce((out, segment) => `${out}/${segment}`, '');
}

function mediaTypeOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return (value ?? '').split(';')[0]!.trim().toLowerCase();
}

const isJson = (mediaType: string) => /^application\/([\w.+-]+\+)?json$/.test(mediaType);

function parseJson(body: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) };
  } catch {
    return { ok: false };
  }
}

/** Form fields as an object of strings (files as empty strings: only their presence is checked). */
function formFields(body: Buffer, contentType: string | string[] | undefined): Record<string, unknown> | undefined {
  const type = Array.isArray(contentType) ? contentType[0]! : (contentType ?? '');
  if (type.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(body.toString('utf8')));
  }
  return parseMultipartFields(body, type);
}

/** The field names and text values of a multipart body, read synchronously (files become ''). */
function parseMultipartFields(body: Buffer, contentType: string): Record<string, unknown> | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) return undefined;
  const delimiter = `--${boundary[1] ?? boundary[2]!.trim()}`;
  const fields: Record<string, unknown> = {};
  for (const part of body.toString('latin1').split(delimiter).slice(1)) {
    if (part.startsWith('--')) break;
    const end = part.indexOf('\r\n\r\n');
    if (end < 0) continue;
    const head = part.slice(0, end);
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    if (name === undefined) continue;
    const isFile = /filename=/i.test(head);
    fields[name] = isFile ? '' : Buffer.from(part.slice(end + 4).replace(/\r\n$/, ''), 'latin1').toString('utf8');
  }
  return fields;
}
