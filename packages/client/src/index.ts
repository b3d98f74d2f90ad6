export { createRecruspaceClient, RECRUSPACE_BASE_URL } from './recruspace.js';
export type { RecruspaceClient, RecruspaceClientOptions } from './recruspace.js';
export type { BaseClientOptions } from './core/create-api-client.js';
export type { ApiClient, ApiResult, CallInit, CallOptions } from './core/types.js';
export { toFormData } from './core/multipart.js';
