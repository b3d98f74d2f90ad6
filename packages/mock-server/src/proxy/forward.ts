// Forwards one request to the upstream and its answer back, byte for byte and streamed both ways
// (no buffering: a body of any size flows through). A bounded copy of each body is kept on the side
// for the spec check; a body larger than that is forwarded all the same, just not checked.
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** Headers about one connection, not the message: never forwarded (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

export type UpstreamFailure = 'timeout' | 'connection-closed' | 'unreachable' | 'invalid-response' | 'aborted-mid-response' | 'error';

export type ForwardResult =
  | { kind: 'answered'; status: number; headers: IncomingHttpHeaders; requestBody?: Buffer; responseBody?: Buffer }
  | { kind: 'failed'; failure: UpstreamFailure; message: string; answered: boolean; status?: number }
  | { kind: 'client-gone' };

/** Keeps the first `limit` bytes of a stream; past that, keeps nothing (the body goes unchecked). */
class Capture {
  private chunks: Buffer[] = [];
  private size = 0;
  private overflowed = false;
  constructor(private readonly limit: number) {}
  push = (chunk: Buffer) => {
    if (this.overflowed) return;
    this.size += chunk.length;
    if (this.size > this.limit) {
      this.overflowed = true;
      this.chunks = [];
      return;
    }
    this.chunks.push(chunk);
  };
  result = (): Buffer | undefined => (this.overflowed ? undefined : Buffer.concat(this.chunks));
}

export interface Upstream {
  target: URL;
  /** Idle time allowed on the upstream connection before it counts as a timeout (ms). */
  timeoutMs: number;
  /** Largest body kept for checking, per direction (bytes). */
  captureLimit: number;
  agent: HttpAgent;
}

export function createAgent(target: URL): HttpAgent {
  return target.protocol === 'https:' ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
}

/** The request's headers as sent, minus hop-by-hop ones, with `host` naming the upstream. */
function forwardedHeaders(req: IncomingMessage, target: URL): string[] {
  const connectionTokens = new Set(String(req.headers.connection ?? '').toLowerCase().split(',').map((t) => t.trim()));
  const out: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    const lower = name.toLowerCase();
    if (HOP_BY_HOP.has(lower) || connectionTokens.has(lower) || lower === 'host') continue;
    out.push(name, req.rawHeaders[i + 1]!);
  }
  // A chunked request body stays chunked: Node re-frames it when no content-length is given.
  out.push('host', target.host);
  return out;
}

function responseHeaders(upstream: IncomingMessage): string[] {
  const connectionTokens = new Set(String(upstream.headers.connection ?? '').toLowerCase().split(',').map((t) => t.trim()));
  const out: string[] = [];
  for (let i = 0; i < upstream.rawHeaders.length; i += 2) {
    const lower = upstream.rawHeaders[i]!.toLowerCase();
    if (HOP_BY_HOP.has(lower) || connectionTokens.has(lower)) continue;
    out.push(upstream.rawHeaders[i]!, upstream.rawHeaders[i + 1]!);
  }
  return out;
}

function classify(error: NodeJS.ErrnoException): UpstreamFailure {
  const code = error.code ?? '';
  if (error instanceof UpstreamTimeout) return 'timeout';
  if (code.startsWith('HPE_')) return 'invalid-response';
  if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/.test(error.message)) return 'connection-closed';
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code)) return 'unreachable';
  return 'error';
}

class UpstreamTimeout extends Error {}

const DESCRIPTIONS: Record<UpstreamFailure, string> = {
  timeout: 'did not answer in time',
  'connection-closed': 'closed the connection without an answer',
  unreachable: 'could not be reached',
  'invalid-response': 'sent something that is not an HTTP response',
  'aborted-mid-response': 'stopped in the middle of its answer',
  error: 'failed',
};

export const describeFailure = (failure: UpstreamFailure) => DESCRIPTIONS[failure];

/**
 * Sends `req` upstream and pipes the answer into `res`. Resolves once the exchange is over; when the
 * upstream fails before answering, resolves `failed` with `res` untouched, for the caller's 502.
 */
export function forward(req: IncomingMessage, res: ServerResponse, upstream: Upstream): Promise<ForwardResult> {
  const { target } = upstream;
  const basePath = target.pathname.replace(/\/$/, '');
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const requestCapture = new Capture(upstream.captureLimit);
  const responseCapture = new Capture(upstream.captureLimit);

  return new Promise<ForwardResult>((resolve) => {
    let settled = false;
    const settle = (result: ForwardResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const outgoing = send({
      protocol: target.protocol,
      hostname: target.hostname.replace(/^\[|\]$/g, ''),
      port: target.port || undefined,
      method: req.method,
      path: basePath + (req.url ?? '/'),
      headers: forwardedHeaders(req, target),
      setHost: false,
      agent: upstream.agent,
    });
    outgoing.setTimeout(upstream.timeoutMs, () => outgoing.destroy(new UpstreamTimeout(`no data for ${upstream.timeoutMs} ms`)));

    /** Too late for a 502: the client already has a status line. Cut its connection so it sees
     * a truncated answer, never a complete-looking one. */
    const cutMidResponse = (error: Error) => {
      outgoing.destroy();
      res.destroy();
      settle({ kind: 'failed', failure: 'aborted-mid-response', message: error.message, answered: true, status: res.statusCode });
    };
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (res.headersSent) cutMidResponse(error);
      else settle({ kind: 'failed', failure: classify(error), message: error.message, answered: false });
    });

    outgoing.on('response', (answer) => {
      try {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, responseHeaders(answer));
      } catch (error) {
        // A status line or header Node's parser took but its writer refuses: no answer to pass on.
        outgoing.destroy();
        settle({ kind: 'failed', failure: 'invalid-response', message: (error as Error).message, answered: false });
        return;
      }
      answer.on('data', responseCapture.push);
      answer.pipe(res);
      answer.on('error', cutMidResponse);
      answer.on('close', () => {
        if (!answer.complete) cutMidResponse(new Error('the upstream closed the connection mid-answer'));
      });
      res.on('finish', () =>
        settle({ kind: 'answered', status: answer.statusCode ?? 502, headers: answer.headers, requestBody: requestCapture.result(), responseBody: responseCapture.result() }),
      );
    });

    // The client left: stop the upstream work it asked for.
    res.on('close', () => {
      if (!res.writableFinished) {
        outgoing.destroy();
        settle({ kind: 'client-gone' });
      }
    });
    req.on('data', requestCapture.push);
    req.on('error', () => outgoing.destroy()); // the client's connection broke mid-request
    req.pipe(outgoing);
  });
}
