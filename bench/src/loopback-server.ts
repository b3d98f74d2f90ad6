// A minimal local HTTP server for client benchmarks: fixed JSON bodies, so what is measured is the
// client, not the server. Also serves long paginated lists in both APIs' shapes.
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

const CANDIDATE = JSON.stringify({ id: 123, email: 'jane@example.com', first_name: 'Jane', last_name: 'Doe' });

export interface Loopback {
  url: string;
  close(): Promise<void>;
}

export async function startLoopback(totalItems = 10_000): Promise<Loopback> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let body = CANDIDATE;
    if (url.pathname === '/api/v1/client/talent-pools/1/candidates/') {
      // Recruspace: DRF page-number pagination.
      const page = Number(url.searchParams.get('page') ?? 1);
      const size = Number(url.searchParams.get('page_size') ?? 100);
      const start = (page - 1) * size;
      const results = Array.from({ length: Math.max(0, Math.min(size, totalItems - start)) }, (_, i) => ({ id: start + i, email: `c${start + i}@example.com` }));
      const next = start + size < totalItems ? `http://${req.headers.host}${url.pathname}?page=${page + 1}&page_size=${size}` : null;
      body = JSON.stringify({ count: totalItems, next, previous: null, results });
    } else if (url.pathname === '/unified/ats/candidates') {
      // Truto: cursor pagination.
      const start = Number(url.searchParams.get('next_cursor') ?? 0);
      const size = Number(url.searchParams.get('limit') ?? 100);
      const result = Array.from({ length: Math.max(0, Math.min(size, totalItems - start)) }, (_, i) => ({ id: String(start + i) }));
      body = JSON.stringify({ result, next_cursor: start + size < totalItems ? String(start + size) : null });
    }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
