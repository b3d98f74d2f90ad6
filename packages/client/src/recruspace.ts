import type { paths } from '@ats-sdk/types/recruspace';
import { bearerAuth } from './core/auth.js';
import { createApiClient, type BaseClientOptions } from './core/create-api-client.js';
import type { ApiClient } from './core/types.js';

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
  return createApiClient<paths>({ ...rest, baseUrl, middleware: [bearerAuth(apiKey)] });
}
