// The fast path: the answer Prism's static mode gives, computed without Prism for the requests where
// it is provably the same (the differential test, test/differential.test.ts, holds it to that for
// every operation of both APIs). Pure request → response over the spec document, no Node APIs, so
// the in-process (MSW) mock can share it. Undefined means "ask Prism": invalid requests, auth
// failures, dynamic corners and anything else this does not model.
import type { Operation } from '../operations.js';
import type { MockRequest, MockResponse, Spec } from '../types.js';
import { compileRequestCheck, type RequestCheck } from './request-check.js';
import { compileRoutes, route } from './route-table.js';
import { createSchemaCompiler } from './schema-compiler.js';
import { staticResponse, type AcceptKind, type Preferences } from './static-response.js';

const MAX_CACHED = 10_000;

export type FastEngine = (request: MockRequest) => MockResponse | undefined;

export function createFastEngine(spec: Spec, operations: Operation[]): FastEngine {
  const routes = compileRoutes(operations);
  const compiler = createSchemaCompiler(spec);
  // Compiled on an operation's first request: start-up pays for none of them.
  const checks = new Map<Operation, RequestCheck>();
  const responses = new Map<string, MockResponse | undefined>();

  return (request) => {
    const routed = route(routes, request.method, request.path);
    if (!routed) return undefined;
    const { operation } = routed;
    let check = checks.get(operation);
    if (!check) checks.set(operation, (check = compileRequestCheck(spec, operation, compiler)));
    if (!check(request, routed.pathParams)) return undefined;

    const preferences = parsePrefer(request.headers.prefer);
    const accept = acceptKind(request.headers.accept);
    if (!preferences || !accept) return undefined;
    const key = `${operation.method} ${operation.path} ${preferences.code ?? ''} ${preferences.example ?? ''} ${accept}`;
    let response = responses.get(key);
    if (response === undefined && !responses.has(key)) {
      response = staticResponse(spec, operation, preferences, accept);
      if (responses.size < MAX_CACHED) responses.set(key, response); // example names come from clients: bounded
    }
    return response;
  };
}

const PREFERENCE = /^(code=\d{3}|example=[\w.-]+)$/;

/** `Prefer: code=404, example=not-found` as Prism reads it; undefined for forms not modelled. */
function parsePrefer(header: string | string[] | undefined): Preferences | undefined {
  if (header === undefined) return {};
  if (typeof header !== 'string') return undefined;
  const preferences: Preferences = {};
  for (const part of header.split(',').map((p) => p.trim())) {
    if (!PREFERENCE.test(part)) return undefined;
    const [name, value] = part.split('=') as [string, string];
    if (name === 'code') {
      if (preferences.code !== undefined) return undefined;
      preferences.code = Number(value);
    } else {
      if (preferences.example !== undefined) return undefined;
      preferences.example = value;
    }
  }
  return preferences;
}

const JSON_ACCEPT = /^(\*\/\*|application\/\*|application\/json)$/i;

/** Accept absent, or a list of ranges every one of which JSON satisfies (fetch sends `*\/*`). */
function acceptKind(header: string | string[] | undefined): AcceptKind | undefined {
  if (header === undefined) return 'none';
  if (typeof header !== 'string') return undefined;
  return header.split(',').every((range) => JSON_ACCEPT.test(range.trim())) ? 'json' : undefined;
}
