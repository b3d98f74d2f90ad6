export { createRecruspace, createRecruspaceClient, isRecruspaceError, RECRUSPACE_BASE_URL } from './recruspace.js';
export type { Recruspace, RecruspaceClient, RecruspaceClientOptions } from './recruspace.js';
export { recruspaceTable as RECRUSPACE_OPERATIONS } from './resources/recruspace.js';
export type { RecruspaceResources } from './resources/recruspace.js';
export { createUnifiedAts, createUnifiedAtsClient, isUnifiedAtsError, UNIFIED_ATS_BASE_URL } from './unified-ats.js';
export type { UnifiedAts, UnifiedAtsClient, UnifiedAtsClientOptions, UnifiedAtsPaths } from './unified-ats.js';
export { unifiedAtsTable as UNIFIED_ATS_OPERATIONS } from './resources/unified-ats.js';
export type { UnifiedAtsResources } from './resources/unified-ats.js';
export type { ApiPromise, Input, InputArgs, ListOptions, PagePromise, PathParam, ResourceRow, ResourceTable } from './core/resources.js';
export type { BaseClientOptions } from './core/create-api-client.js';
export type {
  ApiClient,
  ApiResult,
  CallInit,
  CallOptions,
  DataResult,
  ErrorBody,
  IdempotentCallOptions,
  ListItem,
  PaginatedPath,
  SuccessBody,
  ThrowingClient,
} from './core/types.js';
export {
  ApiError,
  AtsSdkError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  isApiError,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  ResponseParseError,
  TimeoutError,
  UnprocessableEntityError,
} from './core/errors.js';
export type { PageStyle, PaginateOptions, Paginator } from './core/pagination.js';
export { createRateLimiter, RECRUSPACE_RATE_LIMIT, UNIFIED_ATS_RATE_LIMIT } from './core/rate-limit.js';
export type { RateLimiter, RateLimitOptions } from './core/rate-limit.js';
export type { BackoffOptions } from './core/retry.js';
export type { RetryInfo } from './core/transport.js';
export type { Logger, LogLevel } from './core/logger.js';
export { toFormData } from './core/multipart.js';
export { toFile } from './core/uploads.js';
export type { FileData, FileUpload, Upload } from './core/uploads.js';
export { unwrapContent, unwrapResult } from './core/unwrap.js';
export type { UnwrappedContent, UnwrappedResult } from './core/unwrap.js';
