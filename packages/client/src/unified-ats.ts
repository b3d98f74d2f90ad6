import type { operations, paths } from '@ats-sdk/types/unified-ats';
import { bearerAuth } from './core/auth.js';
import { createApiClient, type BaseClientOptions } from './core/create-api-client.js';
import { env } from './core/env.js';
import { AtsSdkError, isApiError, type ApiError } from './core/errors.js';
import type { WithOptionalQueryParam } from './core/optional-query-param.js';
import { UNIFIED_ATS_RATE_LIMIT } from './core/rate-limit.js';
import { withResources } from './core/resources.js';
import type { ApiClient, ErrorBody, IdempotentCallOptions } from './core/types.js';
import { unifiedAtsTable, type UnifiedAtsResources } from './resources/unified-ats.js';

export const UNIFIED_ATS_BASE_URL = 'https://api.truto.one';

export interface UnifiedAtsClientOptions extends BaseClientOptions {
  /**
   * A Truto API token, sent as `Authorization: Bearer <token>`. Defaults to `TRUTO_API_TOKEN`;
   * without either, creating the client throws (unless `requireCredentials: false`).
   */
  token?: string;
  /**
   * The integrated account (the connected ATS) every call goes to. Sent as the
   * `integrated_account_id` query parameter unless a call sets its own. Defaults to
   * `TRUTO_INTEGRATED_ACCOUNT_ID`; a call with neither fails before it is sent.
   */
  integratedAccountId?: string;
  /** Defaults to `TRUTO_BASE_URL`, else the production server. */
  baseUrl?: string;
}

/** Truto's paths with `integrated_account_id` optional: the client supplies it. */
export type UnifiedAtsPaths = WithOptionalQueryParam<paths, 'integrated_account_id'>;

/** A typed client for every Truto Unified ATS path. */
export type UnifiedAtsClient = ApiClient<UnifiedAtsPaths, IdempotentCallOptions, UnifiedAtsClientOptions>;

/** The path client plus one method per operation, grouped by resource: `ua.candidates.list()`. */
export type UnifiedAts = UnifiedAtsClient & UnifiedAtsResources;

export function createUnifiedAtsClient(options: UnifiedAtsClientOptions = {}): UnifiedAtsClient {
  const {
    token = env('TRUTO_API_TOKEN'),
    integratedAccountId = env('TRUTO_INTEGRATED_ACCOUNT_ID'),
    baseUrl = env('TRUTO_BASE_URL') ?? UNIFIED_ATS_BASE_URL,
    ...rest
  } = options;
  const required = rest.requireCredentials !== false;
  if (!token && required) throw new AtsSdkError('No Truto API token: pass token or set TRUTO_API_TOKEN (or requireCredentials: false)');
  return createApiClient<UnifiedAtsPaths>({
    ...rest,
    baseUrl,
    derive: (more) => createUnifiedAtsClient({ ...options, ...more }),
    requiredQuery: required
      ? ['integrated_account_id', 'No Truto integrated account: pass integratedAccountId, set TRUTO_INTEGRATED_ACCOUNT_ID, or give the call integrated_account_id']
      : undefined,
    auth: bearerAuth(token),
    defaultQuery: { integrated_account_id: integratedAccountId },
    rateLimitPreset: UNIFIED_ATS_RATE_LIMIT,
    pageStyle: 'cursor',
    idempotentWrites: true,
    apiName: 'Truto',
  }) as UnifiedAtsClient;
}

/** The resource client: `for await (const c of ua.candidates.list())`, with the path form alongside. */
export function createUnifiedAts(options: UnifiedAtsClientOptions = {}): UnifiedAts {
  return withResources<UnifiedAtsClient, UnifiedAtsResources>(createUnifiedAtsClient(options), unifiedAtsTable);
}


/** `isApiError` with the operation's documented error body: `if (isUnifiedAtsError(e, 'getCandidate')) e.body`. */
export const isUnifiedAtsError = isApiError as <Operation extends keyof operations>(
  error: unknown,
  operation: Operation,
) => error is ApiError & { readonly body: ErrorBody<operations[Operation]> };
