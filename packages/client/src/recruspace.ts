import type { components, operations, paths } from '@ats-sdk/types/recruspace';
import { bearerAuth } from './core/auth.js';
import { createApiClient, type BaseClientOptions } from './core/create-api-client.js';
import { RECRUSPACE_RATE_LIMIT } from './core/rate-limit.js';
import type { ApiClient, ApiResult, CallOptions } from './core/types.js';
import { uploader, type WithUploads } from './core/uploads.js';

export const RECRUSPACE_BASE_URL = 'https://api.recruspace.com';

export interface RecruspaceClientOptions extends BaseClientOptions {
  /**
   * The API key from the Recruspace dashboard, sent as `Authorization: Bearer <apiKey>`.
   * Omit it only when something in between (a proxy, a mock) handles authentication.
   */
  apiKey?: string;
}

/** A typed client for every Recruspace path: `GET`, `POST`, `PATCH`, `DELETE` and the rest. */
export type RecruspaceClient = ApiClient<paths>;

export function createRecruspaceClient(options: RecruspaceClientOptions = {}): RecruspaceClient {
  const { apiKey, baseUrl = RECRUSPACE_BASE_URL, ...rest } = options;
  return createApiClient<paths>({
    ...rest,
    baseUrl,
    middleware: [bearerAuth(apiKey)],
    rateLimitPreset: RECRUSPACE_RATE_LIMIT,
    pageStyle: 'page',
    idempotentWrites: false,
    apiName: 'Recruspace',
  });
}

type Schemas = components['schemas'];

/** Typed multipart uploads; file fields take a Blob, a File, bytes, or `{ data, filename, contentType }`. */
export interface RecruspaceUploads {
  /** Create Candidate (`POST /api/v1/client/candidates/add/`) with the CV in `cv_file`. */
  createCandidate(
    client: RecruspaceClient,
    body: WithUploads<Schemas['CreateCandidateRequest'], 'cv_file'>,
    init?: CallOptions,
  ): Promise<ApiResult<operations['createCandidate']>>;
  /** Upload File (`POST /api/v1/client/utilities/upload-file/`); the document id it returns is `cv` elsewhere. */
  uploadFile(
    client: RecruspaceClient,
    body: WithUploads<Schemas['UploadFileRequest'], 'file'>,
    init?: CallOptions,
  ): Promise<ApiResult<operations['uploadFile']>>;
}

/** `await recruspaceUploads.createCandidate(rs, { first_name, …, cv_file: { data, filename: 'cv.pdf' } })`. */
export const recruspaceUploads: RecruspaceUploads = {
  createCandidate: /* @__PURE__ */ uploader('/api/v1/client/candidates/add/', 'cv_file', 'cv') as RecruspaceUploads['createCandidate'],
  uploadFile: /* @__PURE__ */ uploader('/api/v1/client/utilities/upload-file/', 'file', 'file') as RecruspaceUploads['uploadFile'],
};
