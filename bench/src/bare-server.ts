// The machine's limit for the mock bench: a bare `node:http` server, in its own process like the
// mock's worker, answering each route with fixed bytes (the very status, headers and body the mock
// gave for it), reading request bodies as a server must. Started by ./mock-server.ts over IPC.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const answers = JSON.parse(process.argv[2] ?? '{}') as Record<string, FixedAnswer>;
const server = createServer((req, res) => {
  const answer = answers[`${req.method} ${req.url}`];
  req.resume();
  req.on('end', () => {
    if (!answer) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
    res.end(answer.body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
process.on('disconnect', () => process.exit(0));
