// Shared by the contract suite and the mock-server tests: validates response bodies against the operation's response schema in the bundled spec, with ajv
// (JSON Schema 2020-12, the dialect of OpenAPI 3.1): the types alone prove nothing at run time.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { bundlePath, mockBundlePath } from '../scripts/apis.mjs';

export type ApiName = 'recruspace' | 'unified-ats';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface OperationRef {
  api: ApiName;
  operationId: string;
  method: (typeof METHODS)[number];
  path: string;
  operation: Json;
}

const documents = new Map<string, Json>();
/** The mock serves the closed bundle; a live server is checked against the open one (CONVENTIONS.md). */
export function loadSpec(api: ApiName, variant: 'mock' | 'live' = 'mock'): Json {
  const file = variant === 'mock' ? mockBundlePath(api) : bundlePath(api);
  let doc = documents.get(file);
  if (!doc) {
    doc = JSON.parse(readFileSync(file, 'utf8')) as Json;
    documents.set(file, doc);
  }
  return doc;
}

export function listOperations(api: ApiName): OperationRef[] {
  const spec = loadSpec(api, 'live');
  const operations: OperationRef[] = [];
  for (const [path, item] of Object.entries<Json>(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation?.operationId) operations.push({ api, operationId: operation.operationId, method, path, operation });
    }
  }
  return operations;
}

export function findOperation(api: ApiName, operationId: string): OperationRef {
  const found = listOperations(api).find((o) => o.operationId === operationId);
  if (!found) throw new Error(`No operation ${operationId} in the ${api} spec`);
  return found;
}

/** Every 2xx the operation documents, in the order listed (a live server may answer any of them). */
export function successStatuses(api: ApiName, operationId: string): number[] {
  const { operation } = findOperation(api, operationId);
  return Object.keys(operation.responses).filter((s) => /^2\d\d$/.test(s)).map(Number);
}

/** The documented success status: the first 2xx the operation lists. */
export function successStatus(api: ApiName, operationId: string): number {
  const { operation } = findOperation(api, operationId);
  const status = Object.keys(operation.responses).find((s) => /^2\d\d$/.test(s));
  if (!status) throw new Error(`${operationId} documents no 2xx response`);
  return Number(status);
}

const validators = new Map<string, Ajv2020>();
function ajvFor(api: ApiName, variant: 'mock' | 'live'): Ajv2020 {
  const key = `${api}-${variant}`;
  let ajv = validators.get(key);
  if (!ajv) {
    // strict: false because OpenAPI adds keywords (example, x-*) that are not JSON Schema.
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(loadSpec(api, variant), key);
    validators.set(key, ajv);
  }
  return ajv;
}

const compiled = new Map<string, ValidateFunction | undefined>();

/** Compiles the JSON schema of one response; `undefined` when the response has no JSON body. */
export function responseValidator(
  api: ApiName,
  operationId: string,
  status: number,
  variant: 'mock' | 'live' = 'mock',
): ValidateFunction | undefined {
  const cacheKey = `${api}-${variant}:${operationId}:${status}`;
  if (compiled.has(cacheKey)) return compiled.get(cacheKey);
  const { path, method } = findOperation(api, operationId);
  const doc = loadSpec(api, variant);
  const responses = doc.paths[path][method].responses;
  let response = responses[String(status)] ?? responses.default;
  if (!response) throw new Error(`${operationId} documents no ${status} response`);
  if (response.$ref) response = resolveRef(doc, response.$ref);
  const schema = response.content?.['application/json']?.schema;
  // Compile the schema on its own, its local refs pointed at the registered document.
  const key = `${api}-${variant}`;
  const validate = schema ? ajvFor(api, variant).compile(rebased(schema, key)) : undefined;
  compiled.set(cacheKey, validate);
  return validate;
}

function rebased(schema: Json, key: string): Json {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', `"$ref":"${key}#/`)) as Json;
}

/** Follows `$ref`s inside the bundled document until it reaches a value. */
export function deref(doc: Json, node: Json): Json {
  return node?.$ref ? deref(doc, resolveRef(doc, node.$ref)) : node;
}

function resolveRef(doc: Json, ref: string): Json {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<Json>((node, key) => node[key], doc);
}
