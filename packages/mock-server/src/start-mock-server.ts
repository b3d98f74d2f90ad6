import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { MOCK_APIS, selectApis, type MockApi, type MockApiSelection } from './apis.js';
import { ADMIN_TOKEN_ENV, type WorkerMessage, type WorkerOptions } from './protocol.js';

export interface StartMockServerOptions {
  /** Which API to serve; `all` serves both on one port (their paths never overlap). */
  api: MockApiSelection;
  /** Port to listen on; 0 (the default) lets the OS pick a free one. */
  port?: number;
  /** Interface to bind; defaults to loopback. */
  host?: string;
  /** Generate bodies from the schemas instead of serving the spec's examples. */
  dynamic?: boolean;
  /** Seed for dynamic mode: the same seed gives the same bodies. */
  seed?: string;
  /** Remember writes (created candidates, talent pools, stage moves) until restart or reset. */
  stateful?: boolean;
  /** Stateful mode: most objects kept per resource (default 1000); the oldest are evicted first. */
  stateLimit?: number;
  /**
   * Token the admin routes (`/__mock/state`, `reset`, `next`) require in the `x-mock-admin-token`
   * header. Needed when `host` is not loopback; without it those routes are off there.
   * Defaults to the ATS_MOCK_ADMIN_TOKEN environment variable.
   */
  adminToken?: string;
  /** How long a client may take to send its request headers before a 408 (ms, default 60000). */
  headersTimeoutMs?: number;
  /** Print Prism's request log to stderr. */
  verbose?: boolean;
  /** How long to wait for the server to listen before giving up (ms). */
  startTimeoutMs?: number;
}

export interface MockServer {
  /** Base URL to point a client at, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The base URL of each API served (the same URL when serving both). */
  urls: Partial<Record<MockApi, string>>;
  /** The id of the process the mock runs in (it exits when this process does). */
  pid: number;
  /** Stops the server and its process; resolves once it has exited. Safe to call twice. */
  close(): Promise<void>;
  /**
   * Settles when the server stops: resolves after `close()`, rejects with the reason if its process
   * dies on its own (crash, killed). Await it, or attach a handler, to learn of that.
   */
  closed: Promise<void>;
}

/** Node's compile cache for the worker, per user (a fixed shared /tmp path is anyone's to fill). */
export const compileCacheDir = () => join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ats-mock', 'compile-cache');

const workerUrl = new URL('./prism-worker.mjs', import.meta.url);

export async function startMockServer(options: StartMockServerOptions): Promise<MockServer> {
  if (options.api !== 'all' && !MOCK_APIS.includes(options.api)) {
    throw new TypeError(`Unknown api "${String(options.api)}": expected one of ${[...MOCK_APIS, 'all'].join(', ')}.`);
  }
  const apis = selectApis(options.api);
  const workerOptions: WorkerOptions = {
    apis,
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    dynamic: options.dynamic ?? false,
    stateful: options.stateful ?? false,
    stateLimit: options.stateLimit ?? 1000,
    verbose: options.verbose ?? false,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.headersTimeoutMs !== undefined ? { headersTimeoutMs: options.headersTimeoutMs } : {}),
  };
  if (workerOptions.stateLimit < 1 || !Number.isInteger(workerOptions.stateLimit)) {
    throw new TypeError(`stateLimit must be a positive integer, got ${String(options.stateLimit)}.`);
  }
  const adminToken = options.adminToken ?? process.env[ADMIN_TOKEN_ENV];
  const child = fork(workerUrl, [JSON.stringify(workerOptions)], {
    execArgv: [], // the caller's flags (--eval, --input-type, loaders) are not the worker's
    // Node's on-disk compile cache: Prism's large dependency tree parses once, later starts reuse it.
    env: { NODE_COMPILE_CACHE: compileCacheDir(), ...process.env, [ADMIN_TOKEN_ENV]: adminToken ?? '' },
    stdio: ['ignore', options.verbose ? 'inherit' : 'ignore', 'inherit', 'ipc'],
  });
  let lastFailure: string | undefined;
  child.on('message', (message: WorkerMessage) => {
    if (message.type === 'failed') lastFailure = message.message;
  });
  const port = await waitUntilListening(child, options.startTimeoutMs ?? 30_000).catch(async (error: unknown) => {
    await stop(child);
    throw error;
  });
  const host = workerOptions.host === '0.0.0.0' || workerOptions.host === '::' ? '127.0.0.1' : workerOptions.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closing = false;
  const closed = new Promise<void>((resolve, reject) => {
    child.once('exit', (code, signal) => {
      if (closing) return resolve();
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      reject(new Error(`Mock server process ${child.pid} ${how}${lastFailure ? `: ${lastFailure}` : ''}.`));
    });
  });
  closed.catch(() => {}); // a caller that never looks at `closed` must not get an unhandled rejection
  return {
    url,
    urls: Object.fromEntries(apis.map((api) => [api, url])),
    pid: child.pid!,
    close: () => {
      closing = true;
      return stop(child);
    },
    closed,
  };
}

function waitUntilListening(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`Mock server did not start within ${timeoutMs} ms.`)), timeoutMs);
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'ready') done(undefined, message.port);
      else done(new Error(`Mock server failed to start: ${message.message}`));
    };
    const onExit = (code: number | null) => done(new Error(`Mock server exited during start-up (code ${code}).`));
    function done(error: Error | undefined, port?: number) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(port!);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
