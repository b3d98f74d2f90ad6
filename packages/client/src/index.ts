export { createRecruspaceClient, RECRUSPACE_BASE_URL, recruspaceUploads } from './recruspace.js';
export type { RecruspaceClient, RecruspaceClientOptions, RecruspaceUploads } from './recruspace.js';
export { createUnifiedAtsClient, UNIFIED_ATS_BASE_URL, unifiedAtsUploads } from './unified-ats.js';
export type { UnifiedAtsClient, UnifiedAtsClientOptions, UnifiedAtsPaths, UnifiedAtsUploads } from './unified-ats.js';
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
export type { FileData, FileUpload, Upload, WithUploads } from './core/uploads.js';
