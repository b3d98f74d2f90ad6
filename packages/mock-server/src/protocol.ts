import type { MockApi } from './apis.js';

/** What the parent hands the worker (as JSON in argv[2]). */
export interface WorkerOptions {
  apis: MockApi[];
  port: number;
  host: string;
  dynamic: boolean;
  seed?: string;
  stateful: boolean;
  verbose: boolean;
}

/** What the worker reports back over IPC once, when it listens or fails to. */
export type WorkerMessage = { type: 'ready'; port: number } | { type: 'failed'; message: string };
