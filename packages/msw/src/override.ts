// A one-test answer for one operation, typed from @ats-sdk/types: the body must be the operation's
// documented JSON for that status, so a response the real API cannot send does not compile. Name the
// operation by its operationId; the two that both APIs have (createCandidate, getCandidate) take the
// API as a prefix: 'recruspace:getCandidate', 'unified-ats:getCandidate'.
import type { operations as RecruspaceOperations } from '@ats-sdk/types/recruspace';
import type { operations as UnifiedAtsOperations } from '@ats-sdk/types/unified-ats';
import { indexOperations, type MockApi, type Spec } from '@ats-sdk/mock-server/engine';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { DEFAULT_BASE_URLS } from './handlers.js';
import { recruspaceSpec, unifiedAtsSpec } from './specs.js';

type Shared = keyof RecruspaceOperations & keyof UnifiedAtsOperations;
type Qualified = { [K in keyof RecruspaceOperations & string as `recruspace:${K}`]: RecruspaceOperations[K] } & {
  [K in keyof UnifiedAtsOperations & string as `unified-ats:${K}`]: UnifiedAtsOperations[K];
};
/** Every operation by the names `override` takes. */
export type OverridableOperations = Omit<RecruspaceOperations, Shared> & Omit<UnifiedAtsOperations, Shared> & Qualified;
export type OperationName = keyof OverridableOperations & string;

type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : R extends { content?: never } ? undefined : unknown;
type Responses<Op> = Op extends { responses: infer R } ? R : never;

/** One documented status with its body: `{ status: 404, body: { detail: 'Not found.' } }`. */
export type OverrideAnswer<Name extends OperationName> = {
  [S in keyof Responses<OverridableOperations[Name]> & number]: JsonOf<Responses<OverridableOperations[Name]>[S]> extends undefined
    ? { status: S; body?: undefined; headers?: Record<string, string> }
    : { status: S; body: JsonOf<Responses<OverridableOperations[Name]>[S]>; headers?: Record<string, string> };
}[keyof Responses<OverridableOperations[Name]> & number];

type PathParams<Op> = Op extends { parameters: { path: infer P } } ? ([P] extends [undefined | never] ? {} : { [K in keyof P]: string }) : {};

export interface OverrideContext<Name extends OperationName> {
  request: Request;
  /** Path parameters as they appear in the URL (text). */
  params: PathParams<OverridableOperations[Name]>;
  query: URLSearchParams;
}

// Distributive on purpose: the answer type is then computed once Name is known, so a resolver's
// `status: 404` keeps its literal type instead of widening to number against a generic target.
type AnswerFor<Name extends OperationName> = Name extends OperationName ? OverrideAnswer<Name> : never;

export type OverrideResolver<Name extends OperationName> = (context: OverrideContext<Name>) => AnswerFor<Name> | Promise<AnswerFor<Name>>;

export interface OverrideOptions {
  /** The base URL the API's handlers were given (default: the API's production URL). */
  baseUrl?: string;
}

/** A handler for `server.use(…)` that answers one operation as `resolve` says. */
export function override<Name extends OperationName>(name: Name, resolve: OverrideResolver<Name>, options: OverrideOptions = {}): HttpHandler {
  const { api, operation } = find(name);
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URLS[api]).replace(/\/$/, '');
  const method = operation.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  return http[method](baseUrl + operation.path.replace(/\{([^}]+)\}/g, ':$1'), async ({ request, params }) => {
    const answer = (await resolve({ request, params: params as never, query: new URL(request.url).searchParams })) as {
      status: number;
      body?: unknown;
      headers?: Record<string, string>;
    };
    if (answer.body === undefined) return new HttpResponse(null, { status: answer.status, headers: answer.headers ?? {} });
    return HttpResponse.json(answer.body as never, { status: answer.status, headers: answer.headers ?? {} });
  });
}

function find(name: string) {
  const [prefix, id] = name.includes(':') ? (name.split(':') as [MockApi, string]) : [undefined, name];
  const specs = { recruspace: recruspaceSpec, 'unified-ats': unifiedAtsSpec } as Record<MockApi, Spec>;
  for (const api of prefix ? [prefix] : (Object.keys(specs) as MockApi[])) {
    const operation = indexOperations(specs[api] ?? {}).find((o) => o.operationId === id);
    if (operation) return { api, operation };
  }
  throw new Error(`override: no operation named "${name}".`);
}
