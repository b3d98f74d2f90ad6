// Prism's engine (routing, request validation, security checks, example or schema-driven bodies)
// called in-process, without Prism's own HTTP server: we own the socket, limits and error bodies.
import { fileURLToPath } from 'node:url';
import { createLogger } from '@stoplight/prism-core';
import { createInstance, getHttpOperationsFromSpec, ProblemJsonError } from '@stoplight/prism-http';
import { getHttpConfigFromRequest } from '@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js';
import { specUrl, type MockApi } from '../apis.js';
import { matchPath } from '../engine/path-template.js';
import type { MockRequest, MockResponse, Violation } from '../engine/types.js';

export interface EngineOptions {
  dynamic: boolean;
  seed?: string;
  verbose: boolean;
}

export interface EngineResult extends MockResponse {
  /** Problems Prism found with the request (empty when it was valid). */
  requestViolations: Violation[];
  /** True when the body is one Prism generated itself (problem+json), not one from the spec. */
  generatedByPrism: boolean;
}

type Either<L, R> = { _tag: 'Left'; left: L } | { _tag: 'Right'; right: R };
interface PrismOutput {
  output: { statusCode: number; headers?: Record<string, string>; body?: unknown };
  validations: { input: PrismDiagnostic[]; output: PrismDiagnostic[] };
}
interface PrismDiagnostic {
  path?: (string | number)[];
  severity: number;
  code?: string | number;
  message: string;
}
const SEVERITY = ['Error', 'Warning', 'Information', 'Hint'];

export async function createPrismEngine(api: MockApi, options: EngineOptions) {
  const operations = await getHttpOperationsFromSpec(fileURLToPath(specUrl(api)));
  const logger = createLogger(`ats-mock:${api}`, { level: options.verbose ? 'info' : 'silent' });
  const config = {
    isProxy: false as const,
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: false,
    upstreamProxy: undefined,
    mock: { dynamic: options.dynamic, ...(options.seed !== undefined ? { seed: options.seed } : {}) },
  };
  const prism = createInstance(config, { logger });

  return async function handle(request: MockRequest): Promise<EngineResult> {
    const input = {
      method: request.method.toLowerCase() as 'get',
      url: { path: request.path, query: request.query },
      headers: request.headers as Record<string, string>,
      body: request.body,
    };
    const preferences = getHttpConfigFromRequest(input) as Either<Error, Record<string, unknown>>;
    if (preferences._tag === 'Left') return problem(preferences.left);
    const result = (await prism.request(input, operations, {
      ...config,
      mock: { ...config.mock, ...definedOnly(preferences.right) },
    } as never)()) as Either<Error, PrismOutput>;
    if (result._tag === 'Left') return problem(result.left);
    const { output, validations } = result.right;
    const requestViolations = validations.input.map((d) => toViolation('request', d));
    const headers = Object.fromEntries(Object.entries(output.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    // Prism prefers 422 over 400 for an invalid request when both are documented (and ignores Prefer
    // then); both APIs answer 400 to requests that fail validation (Truto keeps 422 for the
    // provider's own verdict), so the mock does too. The body is rewritten from the violations.
    let status = output.statusCode;
    if (status === 422 && hasErrors(validations.input) && documents(request, 400)) status = 400;
    const all = [...requestViolations, ...validations.output.map((d) => toViolation('response', d))];
    if (all.length) headers['sl-violations'] = asciiJson(all).slice(0, 8000);
    return { status, headers, body: output.body, requestViolations, generatedByPrism: false };
  };

  /** Whether the operation this request routes to documents `status`. */
  function documents(request: MockRequest, status: number): boolean {
    const method = request.method.toLowerCase();
    return operations.some(
      (op: { method: string; path: string; responses: { code: string }[] }) =>
        op.method === method &&
        matchPath(op.path, request.path) !== undefined &&
        op.responses.some((r) => r.code === String(status)),
    );
  }
}


const hasErrors = (diagnostics: PrismDiagnostic[]) => diagnostics.some((d) => d.severity === 0);

function definedOnly(values: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

function toViolation(prefix: string, d: PrismDiagnostic): Violation {
  return {
    location: [prefix, ...(d.path ?? []).map(String)],
    severity: SEVERITY[d.severity] ?? String(d.severity),
    ...(d.code !== undefined ? { code: d.code } : {}),
    message: d.message,
  };
}

/** Prism's own errors (no route, bad Prefer header, unauthorized without a 401 in the spec…). */
function problem(error: Error & { status?: number; additional?: { headers?: Record<string, string> } }): EngineResult {
  const status = error.status ?? 500;
  return {
    status,
    headers: { 'content-type': 'application/problem+json', ...(error.additional?.headers ?? {}) },
    body: ProblemJsonError.toProblemJson(error as never),
    requestViolations: [],
    generatedByPrism: true,
  };
}

/** JSON with every non-ASCII character escaped: header values must be Latin-1, names may not be. */
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
