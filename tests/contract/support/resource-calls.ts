// Calls any operation through the generated resource methods, with arguments built from the spec's
// own examples: path parameters positional, then one object (required query parameters and the body
// example), exactly as a user would. Which method serves an operation comes from the client's
// RECRUSPACE_OPERATIONS / UNIFIED_ATS_OPERATIONS tables, so nothing here lists operations by hand.
import {
  createRecruspace,
  createUnifiedAts,
  RECRUSPACE_OPERATIONS,
  UNIFIED_ATS_OPERATIONS,
  type Recruspace,
  type ResourceRow,
  type UnifiedAts,
  type ResourceTable,
} from '@ats-sdk/client';
import { deref, findOperation, loadSpec, type ApiName } from '@ats-sdk/spec/testing';
import { target } from './contract.js';

type Json = Record<string, any>;

const TABLES: Record<ApiName, ResourceTable> = { recruspace: RECRUSPACE_OPERATIONS, 'unified-ats': UNIFIED_ATS_OPERATIONS };

/** `resource.method` of the generated method that serves `operationId`, or undefined. */
export function resourceMethodOf(api: ApiName, operationId: string): [resource: string, method: string] | undefined {
  for (const [resource, methods] of Object.entries(TABLES[api])) {
    for (const [method, row] of Object.entries<ResourceRow>(methods)) if (row[0] === operationId) return [resource, method];
  }
  return undefined;
}

/** The resource client for `api`, on the suite's target. */
export function resourceClient(api: 'recruspace'): Recruspace;
export function resourceClient(api: 'unified-ats'): UnifiedAts;
export function resourceClient(api: ApiName): Recruspace | UnifiedAts;
export function resourceClient(api: ApiName): Recruspace | UnifiedAts {
  const { baseUrl, token, integratedAccountId } = target(api);
  return api === 'recruspace' ? createRecruspace({ baseUrl, apiKey: token }) : createUnifiedAts({ baseUrl, token, integratedAccountId });
}

const exampleOf = (spec: Json, holder: Json): unknown => {
  if (holder.example !== undefined) return holder.example;
  const first = Object.values<Json>(holder.examples ?? {})[0];
  return first ? deref(spec, first).value : undefined;
};

/** The arguments a user would pass: path values in path order, then the query/body object. */
export function sampleArguments(api: ApiName, operationId: string): unknown[] {
  const spec = loadSpec(api, 'mock');
  const { path, operation } = findOperation(api, operationId);
  const parameters = [...(spec.paths[path].parameters ?? []), ...(operation.parameters ?? [])].map((p: Json) => deref(spec, p));
  const byName = new Map(parameters.map((p: Json) => [`${p.in} ${p.name}`, p]));
  const args: unknown[] = [...path.matchAll(/\{(\w+)\}/g)].map((m) => exampleOf(spec, byName.get(`path ${m[1]}`)!));
  const input: Json = {};
  // The client supplies Truto's integrated_account_id itself.
  for (const p of parameters) if (p.in === 'query' && p.required && p.name !== 'integrated_account_id') input[p.name] = exampleOf(spec, p);
  const body = operation.requestBody && deref(spec, operation.requestBody);
  if (body) {
    const [type, media] = Object.entries<Json>(body.content)[0]!;
    const example = (exampleOf(spec, media) ?? {}) as Json;
    const properties = deref(spec, media.schema).properties ?? {};
    for (const [name, value] of Object.entries(example)) {
      const schema = deref(spec, properties[name] ?? {});
      const binary = type === 'multipart/form-data' && (schema.contentMediaType || schema.format === 'binary');
      input[name] = binary ? { data: new TextEncoder().encode('%PDF-1.4 contract'), filename: `${name}.pdf`, contentType: 'application/pdf' } : value;
    }
  }
  if (body || Object.keys(input).length) args.push(input);
  return args;
}

/** Calls `operationId` through its resource method and resolves `{ data, response }` (`.withResponse()`). */
export async function callThroughResource(api: ApiName, operationId: string) {
  const found = resourceMethodOf(api, operationId);
  if (!found) throw new Error(`${api} ${operationId} has no resource method`);
  const [resource, method] = found;
  const client = resourceClient(api) as unknown as Json;
  return client[resource][method](...sampleArguments(api, operationId)).withResponse() as Promise<{ data: unknown; response: Response }>;
}
