export { createRecruspaceClient, RECRUSPACE_BASE_URL } from './recruspace.js';
export type { RecruspaceClient, RecruspaceClientOptions } from './recruspace.js';
export { createUnifiedAtsClient, UNIFIED_ATS_BASE_URL } from './unified-ats.js';
export type { UnifiedAtsClient, UnifiedAtsClientOptions, UnifiedAtsPaths } from './unified-ats.js';
export type { BaseClientOptions } from './core/create-api-client.js';
export type { ApiClient, ApiResult, CallInit, CallOptions, ErrorBody, SuccessBody } from './core/types.js';
export { toFormData } from './core/multipart.js';
