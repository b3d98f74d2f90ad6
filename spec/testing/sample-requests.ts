// Builds a valid raw HTTP request for any operation from the spec's own examples, so tests can
// exercise every operation (and every documented status) without hand-writing 51 requests.
import { deref as resolve, findOperation, loadSpec, type ApiName } from './spec-validator.js';

type Json = Record<string, any>;

export interface SampleRequest {
  method: string;
  /** Path with parameters filled in and the required query string. */
  url: string;
  headers: Record<string, string>;
  body?: BodyInit;
}

const exampleOf = (spec: Json, holder: Json): unknown => {
  if (holder.example !== undefined) return holder.example;
  const first = Object.values<Json>(holder.examples ?? {})[0];
  return first ? resolve(spec, first).value : undefined;
};

export function sampleRequest(api: ApiName, operationId: string, token = 'sample-token'): SampleRequest {
  const spec = loadSpec(api, 'mock');
  const { path, method, operation } = findOperation(api, operationId);
  const parameters = [...(spec.paths[path].parameters ?? []), ...(operation.parameters ?? [])].map((p: Json) => resolve(spec, p));
  let url = path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  for (const p of parameters) {
    const value = exampleOf(spec, p);
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(value)));
    else if (p.in === 'query' && p.required) query.append(p.name, String(value));
  }
  const qs = query.toString();
  const request: SampleRequest = { method: method.toUpperCase(), url: qs ? `${url}?${qs}` : url, headers };
  const body = operation.requestBody && resolve(spec, operation.requestBody);
  if (!body) return request;
  const [type, media] = Object.entries<Json>(body.content)[0]!;
  const value = exampleOf(spec, media) as Json;
  if (type === 'multipart/form-data') {
    const form = new FormData();
    const properties = resolve(spec, media.schema).properties ?? {};
    for (const [name, field] of Object.entries(value ?? {})) {
      const schema = resolve(spec, properties[name] ?? {});
      if (schema.contentMediaType || schema.format === 'binary') form.append(name, new File([String(field)], `${name}.pdf`, { type: 'application/pdf' }));
      else form.append(name, typeof field === 'object' ? JSON.stringify(field) : String(field));
    }
    request.body = form;
  } else {
    headers['content-type'] = type;
    request.body = JSON.stringify(value ?? {});
  }
  return request;
}

/** Every documented status of an operation, as numbers (e.g. [200, 401, 404, 429]). */
export function documentedStatuses(api: ApiName, operationId: string): number[] {
  return Object.keys(findOperation(api, operationId).operation.responses)
    .filter((s) => /^\d{3}$/.test(s))
    .map(Number);
}
