// The request corpus both differential tests send (the fast path against Prism here, the MSW
// handlers of @ats-sdk/msw against the server there): derived from the bundled specs, every
// operation of both APIs, valid and invalid requests, auth failures, Prefer, HEAD, Accept variants.
import { deref, documentedStatuses, listOperations, loadSpec, sampleRequest, type ApiName } from '@ats-sdk/spec/testing';

export interface Case {
  name: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: () => BodyInit | undefined;
  /** The fast path must answer this one itself. */
  fast?: boolean;
}

export function corpus(api: ApiName): Case[] {
  const spec = loadSpec(api, 'mock');
  const cases: Case[] = [];
  for (const { operationId, method, operation } of listOperations(api)) {
    const sample = sampleRequest(api, operationId, 'differential-token');
    // A FormData body is consumed by its first send: rebuild it for each.
    const body = () => sampleRequest(api, operationId, 'differential-token').body;
    const jsonBody = typeof sample.body === 'string';
    const base = { method: sample.method, url: sample.url, headers: sample.headers, body };
    const add = (name: string, c: Partial<Case> = {}) => cases.push({ ...base, ...c, name: `${operationId}: ${name}` });

    add('valid', { fast: !sample.body || jsonBody });
    add('valid, Accept */*', { headers: { ...sample.headers, accept: '*/*' }, fast: !sample.body || jsonBody });
    add('valid, Accept application/json', { headers: { ...sample.headers, accept: 'application/json' } });
    add('Accept text/html', { headers: { ...sample.headers, accept: 'text/html' } });
    add('no credentials', { headers: withoutAuth(sample.headers) });
    add('Basic credentials', { headers: { ...sample.headers, authorization: 'Basic dXNlcjpwYXNz' } });
    add('bearer without a token', { headers: { ...sample.headers, authorization: 'Bearer ' } });
    add('lower-case bearer', { headers: { ...sample.headers, authorization: 'bearer differential-token' } });
    for (const status of documentedStatuses(api, operationId)) {
      add(`Prefer code=${status}`, { headers: { ...sample.headers, prefer: `code=${status}` } });
      const content = deref(spec, operation.responses[String(status)])?.content?.['application/json'];
      for (const key of Object.keys(content?.examples ?? {})) {
        add(`Prefer code=${status}, example=${key}`, { headers: { ...sample.headers, prefer: `code=${status}, example=${key}` } });
      }
    }
    add('Prefer example=no-such-example', { headers: { ...sample.headers, prefer: 'example=no-such-example' } });
    add('Prefer code=599', { headers: { ...sample.headers, prefer: 'code=599' } });
    add('Prefer dynamic=false', { headers: { ...sample.headers, prefer: 'dynamic=false' } });
    add('__code query', { url: withQuery(sample.url, '__code', '404') });
    add('unknown query parameter', { url: withQuery(sample.url, 'no_such_parameter', 'x') });
    for (const parameter of [...(spec.paths[findPath(spec, operationId)].parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(spec, p))) {
      if (parameter.in !== 'query') continue;
      add(`query ${parameter.name} not of its type`, { url: withQuery(sample.url, parameter.name, 'not-a-valid-value-%E2%9C%93') });
      add(`query ${parameter.name} empty`, { url: withQuery(sample.url, parameter.name, '') });
      add(`query ${parameter.name} repeated`, { url: withQuery(withQuery(sample.url, parameter.name, '1'), parameter.name, '2') });
      if (parameter.required) add(`query ${parameter.name} missing`, { url: withoutQuery(sample.url, parameter.name) });
    }
    if (sample.url.match(/\/\d+\//)) add('path id not a number', { url: sample.url.replace(/\/\d+\//, '/abc/') });
    add('path with an escaped character', { url: sample.url.replace(/\/([^/?]+)(\/?)(\?|$)/, '/%41$1$2$3') });
    if (method === 'get') add('HEAD', { method: 'HEAD' });
    if (jsonBody) {
      const headers = { ...sample.headers };
      add('JSON body {}', { headers, body: () => '{}' });
      add('JSON body []', { headers, body: () => '[]' });
      add('JSON body null', { headers, body: () => 'null' });
      add('malformed JSON', { headers, body: () => '{"' });
      add('body as text/plain', { headers: { ...headers, 'content-type': 'text/plain' } });
      add('JSON with charset', { headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } });
      add('no body', { headers: withoutType(headers), body: () => undefined });
      const value = JSON.parse(sample.body as string) as Record<string, unknown>;
      for (const key of Object.keys(value)) {
        add(`body field ${key} removed`, { body: () => JSON.stringify({ ...value, [key]: undefined }) });
        add(`body field ${key} of the wrong type`, { body: () => JSON.stringify({ ...value, [key]: typeof value[key] === 'string' ? 12 : 'text' }) });
      }
      add('body with an unknown field', { body: () => JSON.stringify({ ...value, no_such_field: 1 }) });
    } else if (method === 'get' || method === 'delete') {
      add('unexpected JSON body', { headers: { ...sample.headers, 'content-type': 'application/json' }, body: () => '{"a":1}' });
    }
  }
  return cases;
}

const withoutAuth = ({ authorization: _, ...rest }: Record<string, string>) => rest;
const withoutType = ({ 'content-type': _, ...rest }: Record<string, string>) => rest;
function withQuery(url: string, name: string, value: string) {
  return `${url}${url.includes('?') ? '&' : '?'}${encodeURIComponent(name)}=${value}`;
}
function withoutQuery(url: string, name: string) {
  const [path, query = ''] = url.split('?');
  const params = new URLSearchParams(query);
  params.delete(name);
  return params.size ? `${path}?${params}` : path!;
}
function findPath(spec: Record<string, any>, operationId: string): string {
  return Object.entries<any>(spec.paths).find(([, item]) => Object.values<any>(item).some((op) => op?.operationId === operationId))![0];
}
