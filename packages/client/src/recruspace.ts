import type { operations, paths } from '@ats-sdk/types/recruspace';
import { bearerAuth } from './core/auth.js';
import { createApiClient, type BaseClientOptions } from './core/create-api-client.js';
import { env } from './core/env.js';
import { AtsSdkError, isApiError, type ApiError } from './core/errors.js';
import { RECRUSPACE_RATE_LIMIT } from './core/rate-limit.js';
import { withResources } from './core/resources.js';
import type { ApiClient, CallOptions, ErrorBody } from './core/types.js';
import { recruspaceTable, type RecruspaceResources } from './resources/recruspace.js';

export const RECRUSPACE_BASE_URL = 'https://api.recruspace.com';

export interface RecruspaceClientOptions extends BaseClientOptions {
  /**
   * The API key from the Recruspace dashboard, sent as `Authorization: Bearer <apiKey>`. Defaults to
   * the `RECRUSPACE_API_KEY` environment variable; without either, creating the client throws
   * (unless `requireCredentials: false`, for a proxy or mock that authenticates itself).
   */
  apiKey?: string;
  /** Defaults to `RECRUSPACE_BASE_URL`, else the production server. */
  baseUrl?: string;
}

/** A typed client for every Recruspace path: `GET`, `POST`, `PATCH`, `DELETE` and the rest. */
export type RecruspaceClient = ApiClient<paths, CallOptions, RecruspaceClientOptions>;

/** The path client plus one method per operation, grouped by resource: `rs.candidates.retrieve(123)`. */
export type Recruspace = RecruspaceClient & RecruspaceResources;

export function createRecruspaceClient(options: RecruspaceClientOptions = {}): RecruspaceClient {
  const { apiKey = env('RECRUSPACE_API_KEY'), baseUrl = env('RECRUSPACE_BASE_URL') ?? RECRUSPACE_BASE_URL, ...rest } = options;
  if (!apiKey && rest.requireCredentials !== false) {
    throw new AtsSdkError('No Recruspace API key: pass apiKey or set RECRUSPACE_API_KEY (or requireCredentials: false)');
  }
  return createApiClient<paths>({
    ...rest,
    baseUrl,
    derive: (more) => createRecruspaceClient({ ...options, ...more }),
    auth: bearerAuth(apiKey),
    rateLimitPreset: RECRUSPACE_RATE_LIMIT,
    pageStyle: 'page',
    idempotentWrites: false,
    apiName: 'Recruspace',
  });
}

/** The resource client: `await rs.candidates.retrieve(123)`, with the path form (`rs.GET(…)`) alongside. */
export function createRecruspace(options: RecruspaceClientOptions = {}): Recruspace {
  return withResources<RecruspaceClient, RecruspaceResources>(createRecruspaceClient(options), recruspaceTable);
}


/** `isApiError` with the operation's documented error body: `if (isRecruspaceError(e, 'getCandidate')) e.body.detail`. */
export const isRecruspaceError = isApiError as <Operation extends keyof operations>(
  error: unknown,
  operation: Operation,
) => error is ApiError & { readonly body: ErrorBody<operations[Operation]> };
