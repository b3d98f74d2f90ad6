// A fake upstream for the drift-proxy tests: a local server on port 0 that plays the real API and
// remembers exactly what reached it.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export interface FakeUpstream {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;

export async function startUpstream(handler: Handler): Promise<FakeUpstream> {
  const received: Received[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      return; // the proxy gave up on this request (its client left): nothing to answer
    }
    const body = Buffer.concat(chunks);
    received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    handler(req, res, body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** A TCP server that does something un-HTTP-like with every connection (garbage, silence, hang-up). */
export async function startRawUpstream(onConnection: (socket: Socket) => void) {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    onConnection(socket);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)), ...headers });
  res.end(payload);
}

const specs = new Map<string, any>();
/** The open bundle the proxy checks against, as the package ships it. */
export function openSpec(api: 'recruspace' | 'unified-ats'): any {
  if (!specs.has(api)) specs.set(api, JSON.parse(readFileSync(new URL(`../specs/${api}.open.openapi.json`, import.meta.url), 'utf8')));
  return specs.get(api);
}

const deref = (spec: any, node: any): any =>
  node?.$ref ? deref(spec, node.$ref.slice(2).split('/').reduce((at: any, key: string) => at[key], spec)) : node;

/** The first documented example of an operation's response, from the open spec (a deep copy, safe to change). */
export function responseExample(api: 'recruspace' | 'unified-ats', operationId: string, status: number): any {
  const spec = openSpec(api);
  for (const item of Object.values<any>(spec.paths)) {
    for (const operation of Object.values<any>(item)) {
      if (operation?.operationId !== operationId) continue;
      const content = deref(spec, operation.responses[status]).content['application/json'];
      const first = content.example ?? deref(spec, Object.values<any>(content.examples)[0]).value;
      return structuredClone(first);
    }
  }
  throw new Error(`no ${status} example for ${operationId} in the ${api} spec`);
}

export const tempReportPath = () => join(mkdtempSync(join(tmpdir(), 'ats-drift-')), 'drift-report.json');
