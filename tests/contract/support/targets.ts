// Where the suite sends its requests: the Prism mock by default, a live server when its variables are set.
import type { ApiName } from '@ats-sdk/spec/testing';

export type { ApiName };

export interface Target {
  api: ApiName;
  baseUrl: string;
  /** True when the suite talks to the real API rather than the mock. */
  live: boolean;
  /** Credentials; on the mock any token passes, so a placeholder is used. */
  token: string;
  integratedAccountId?: string;
}

export type Targets = Record<ApiName, Target | undefined>;

/** Reads the live-server variables; returns undefined for an API that should use the mock. */
export function liveTarget(api: ApiName, env: NodeJS.ProcessEnv = process.env): Target | undefined {
  if (api === 'recruspace' && env.RECRUSPACE_BASE_URL && env.RECRUSPACE_API_KEY) {
    return { api, baseUrl: env.RECRUSPACE_BASE_URL, token: env.RECRUSPACE_API_KEY, live: true };
  }
  if (api === 'unified-ats' && env.TRUTO_BASE_URL && env.TRUTO_API_TOKEN && env.TRUTO_INTEGRATED_ACCOUNT_ID) {
    return {
      api,
      baseUrl: env.TRUTO_BASE_URL,
      token: env.TRUTO_API_TOKEN,
      integratedAccountId: env.TRUTO_INTEGRATED_ACCOUNT_ID,
      live: true,
    };
  }
  return undefined;
}

export const MOCK_TOKEN = 'mock-token-not-a-secret';
export const MOCK_INTEGRATED_ACCOUNT_ID = '62f44730-dd91-461e-bd6a-aedd9e0ad79d';
