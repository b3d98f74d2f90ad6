import type { MockApi } from './apis.js';

/** What the parent hands the worker (as JSON in argv[2]; the admin token goes by environment). */
export interface WorkerOptions {
  apis: MockApi[];
  port: number;
  host: string;
  dynamic: boolean;
  seed?: string;
  stateful: boolean;
  /** Most objects kept per resource in stateful mode; the oldest go first. */
  stateLimit: number;
  verbose: boolean;
  headersTimeoutMs?: number;
}

/** The environment variable that carries the admin token to the worker (never argv: `ps` shows it). */
export const ADMIN_TOKEN_ENV = 'ATS_MOCK_ADMIN_TOKEN';

/** What the worker reports over IPC: once when it listens or fails to, and when it dies. */
export type WorkerMessage = { type: 'ready'; port: number } | { type: 'failed'; message: string };
