import type { components, paths } from '@ats-sdk/types/unified-ats';
import { bearerAuth } from './core/auth.js';
import { createApiClient, type BaseClientOptions } from './core/create-api-client.js';
import type { WithOptionalQueryParam } from './core/optional-query-param.js';
import { UNIFIED_ATS_RATE_LIMIT } from './core/rate-limit.js';
import type { ApiClient, ApiResult, CallInit, IdempotentCallOptions, OperationAt } from './core/types.js';
import { uploader, type WithUploads } from './core/uploads.js';

export const UNIFIED_ATS_BASE_URL = 'https://api.truto.one';

export interface UnifiedAtsClientOptions extends BaseClientOptions {
  /** A Truto API token, sent as `Authorization: Bearer <token>`. */
  token?: string;
  /**
   * The integrated account (the connected ATS) every call goes to. Sent as the
   * `integrated_account_id` query parameter unless a call sets its own.
   */
  integratedAccountId?: string;
}

/** Truto's paths with `integrated_account_id` optional: the client supplies it. */
export type UnifiedAtsPaths = WithOptionalQueryParam<paths, 'integrated_account_id'>;

/** A typed client for every Truto Unified ATS path. */
export type UnifiedAtsClient = ApiClient<UnifiedAtsPaths, IdempotentCallOptions>;

export function createUnifiedAtsClient(options: UnifiedAtsClientOptions = {}): UnifiedAtsClient {
  const { token, integratedAccountId, baseUrl = UNIFIED_ATS_BASE_URL, ...rest } = options;
  return createApiClient<UnifiedAtsPaths>({
    ...rest,
    baseUrl,
    middleware: [bearerAuth(token)],
    defaultQuery: { integrated_account_id: integratedAccountId },
    rateLimitPreset: UNIFIED_ATS_RATE_LIMIT,
    pageStyle: 'cursor',
    idempotentWrites: true,
    apiName: 'Truto',
  }) as UnifiedAtsClient;
}

type CreateAttachment = OperationAt<UnifiedAtsPaths, '/unified/ats/attachments', 'post'>;

/** Typed multipart uploads; file fields take a Blob, a File, bytes, or `{ data, filename, contentType }`. */
export interface UnifiedAtsUploads {
  /** Create Attachment (`POST /unified/ats/attachments`) with the file in `file`. */
  createAttachment(
    client: UnifiedAtsClient,
    body: WithUploads<components['schemas']['AttachmentCreateRequest'], 'file'>,
    init?: Omit<CallInit<CreateAttachment, IdempotentCallOptions>, 'body'>,
  ): Promise<ApiResult<CreateAttachment>>;
}

/** `await unifiedAtsUploads.createAttachment(ua, { file: { data, filename: 'resume.pdf' } })`. */
export const unifiedAtsUploads: UnifiedAtsUploads = {
  createAttachment: /* @__PURE__ */ uploader('/unified/ats/attachments', 'file', 'file') as UnifiedAtsUploads['createAttachment'],
};
