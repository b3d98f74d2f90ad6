// The drift proxy: a reverse proxy in front of the real API that forwards every exchange unchanged,
// checks both directions against the open spec, and keeps the drift report current on disk.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { MOCK_APIS, type MockApi } from '../apis.js';
import { errorBody } from '../engine/error-bodies.js';
import { createAgent, describeFailure, forward, type ForwardResult } from './forward.js';
import { loadOpenSpec } from './open-spec.js';
import { createRecorder, type RecordedExchange, type RecorderLimits } from './recorder.js';
import { publicTarget } from './redact.js';
import type { DriftReport } from './report-model.js';
import { createReportWriter } from './report-writer.js';
import { createSpecChecker, type SpecChecker } from './spec-checker.js';

export interface DriftProxyOptions {
  api: MockApi;
  /** The real API's base URL, e.g. https://api.recruspace.com */
  target: string;
  /** Port to listen on; 0 (the default) lets the OS pick a free one. */
  port?: number;
  /** Interface to bind; defaults to loopback. */
  host?: string;
  /** Where the report is kept; defaults to drift-report.json in the working directory. `false`: in memory only. */
  report?: string | false;
  /** Keep one redacted sample value per entry. Off by default. */
  samples?: boolean;
  /** Idle time allowed on the upstream connection before the client gets a 502 (ms, default 60000). */
  upstreamTimeoutMs?: number;
  /** Largest body (each direction) kept for the spec check, in bytes (default 10 MiB); larger ones pass unchecked. */
  captureLimit?: number;
  limits?: RecorderLimits;
}

export interface DriftProxy {
  /** The base URL to point a client at instead of the real API. */
  url: string;
  /** The target as the report shows it (no credentials). */
  target: string;
  /** The absolute path of the report file, when one is written. */
  reportPath?: string;
  /** The report as it stands (a copy). */
  report(): DriftReport;
  /** Resolves once every exchange so far is in the report file. */
  flushed(): Promise<void>;
  /** Stops listening, writes the report a last time. Safe to call twice. */
  close(): Promise<void>;
}

export async function startDriftProxy(options: DriftProxyOptions): Promise<DriftProxy> {
  if (!MOCK_APIS.includes(options.api)) throw new TypeError(`Unknown api "${String(options.api)}": expected one of ${MOCK_APIS.join(', ')}.`);
  let target: URL;
  try {
    target = new URL(options.target);
  } catch {
    throw new TypeError(`The target "${options.target}" is not a URL (expected e.g. https://api.recruspace.com).`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new TypeError(`The target must be an http: or https: URL, got ${target.protocol}`);
  const api = options.api;
  const shownTarget = publicTarget(target);
  const spec = loadOpenSpec(api);
  const checker = createSpecChecker(spec);
  const recorder = createRecorder(api, shownTarget, { title: String(spec.info?.title ?? api), version: String(spec.info?.version ?? 'unknown') }, { samples: options.samples ?? false, ...(options.limits ? { limits: options.limits } : {}) });
  const reportPath = options.report === false ? undefined : resolve(options.report ?? 'drift-report.json');
  const writer = reportPath ? createReportWriter(reportPath, recorder.report) : undefined;
  const upstream = {
    target,
    timeoutMs: options.upstreamTimeoutMs ?? 60_000,
    captureLimit: options.captureLimit ?? 10 * 1024 * 1024,
    agent: createAgent(target),
  };

  let warned = false;
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Checking must never cost the client its answer: a bug here is reported, not thrown.
      console.error(`ats-mock proxy: could not check ${req.method} ${pathOf(req)}: ${String(error)}`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const result = await forward(req, res, upstream);
    if (result.kind === 'client-gone') return;
    const exchange = result.kind === 'failed' ? failed(req, res, result) : answered(checker, req, result);
    recorder.record(exchange);
    await writer?.write();
    const failure = writer?.lastError();
    if (failure && !warned) {
      warned = true; // once: a full disk must not flood the log
      console.error(`ats-mock proxy: cannot write the drift report to ${reportPath}: ${failure.message}`);
    }
  }

  function failed(req: IncomingMessage, res: ServerResponse, result: Extract<ForwardResult, { kind: 'failed' }>): RecordedExchange {
    const routed = checker.route(req.method ?? 'GET', pathOf(req));
    if (!result.answered) {
      req.resume();
      const message = `The upstream ${shownTarget} ${describeFailure(result.failure)} (${result.failure}).`;
      const body = errorBody(api, 502, [], message) as Record<string, unknown>;
      // The API's shape for a 502: Truto names the status, Recruspace (DRF) has only `detail`.
      const payload = JSON.stringify(api === 'unified-ats' ? { ...body, error: 'Bad Gateway' } : body);
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(502, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'x-ats-mock-proxy': 'upstream-failure' });
        res.end(payload);
      }
    }
    return {
      ...(routed ? { operationId: routed.operation.operationId } : {}),
      method: req.method ?? 'GET',
      path: routed?.operation.path ?? pathOf(req),
      status: result.answered ? (result.status ?? 502) : 502,
      upstreamFailure: result.failure,
      findings: [],
      undocumented: [],
    };
  }

  // A report that cannot be written is found out now, not after an afternoon of traffic.
  try {
    writer?.writeSync();
  } catch (error) {
    throw new Error(`Cannot write the drift report to ${reportPath}: ${(error as Error).message}`);
  }
  server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    target: shownTarget,
    ...(reportPath ? { reportPath } : {}),
    report: () => structuredClone(recorder.report()),
    flushed: async () => {
      await writer?.settled();
    },
    close: () =>
      (closing ??= (async () => {
        server.close();
        server.closeAllConnections();
        upstream.agent.destroy();
        await writer?.settled();
        writer?.writeSync();
      })()),
  };
}

function answered(checker: SpecChecker, req: IncomingMessage, result: Extract<ForwardResult, { kind: 'answered' }>): RecordedExchange {
  const path = pathOf(req);
  const checked = checker.check({
    method: req.method ?? 'GET',
    path,
    query: new URL(req.url ?? '/', 'http://proxy.local').searchParams,
    requestHeaders: req.headers,
    requestBody: result.requestBody,
    status: result.status,
    responseHeaders: result.headers,
    responseBody: result.responseBody && decoded(result.responseBody, result.headers['content-encoding']),
  });
  return {
    ...(checked.operation ? { operationId: checked.operation.operationId } : {}),
    method: req.method ?? 'GET',
    path: checked.operation?.path ?? path,
    status: result.status,
    findings: checked.findings,
    undocumented: checked.undocumented,
  };
}

function pathOf(req: IncomingMessage): string {
  const raw = req.url ?? '/';
  const end = raw.search(/[?#]/);
  return end < 0 ? raw : raw.slice(0, end);
}

/** The body as the spec describes it: compressed answers are checked after decompression. */
function decoded(body: Buffer, encoding: string | undefined): Buffer | undefined {
  const bounded = { maxOutputLength: 64 * 1024 * 1024 }; // a decompression bomb stays unchecked
  try {
    switch ((encoding ?? '').trim().toLowerCase()) {
      case '':
      case 'identity':
        return body;
      case 'gzip':
      case 'x-gzip':
        return gunzipSync(body, bounded);
      case 'deflate':
        return inflateSync(body, bounded);
      case 'br':
        return brotliDecompressSync(body, bounded);
      default:
        return undefined; // an encoding we cannot read: the body goes unchecked
    }
  } catch {
    return undefined;
  }
}
