// Runs the BUILT client (dist/index.js) against a local node:http server and exits non-zero on any
// mismatch. Plain JavaScript with no test framework, so any Node version can run it (see
// node-versions.test.ts). On success it does not call process.exit: it must end on its own, which
// proves no timer or socket was left behind (every call sets a 30 s timeout that must be cleared).
import { createServer } from 'node:http';
import { inspect } from 'node:util';
import {
  ApiError,
  AtsSdkError,
  ConnectionError,
  createRecruspaceClient,
  createUnifiedAtsClient,
  NotFoundError,
  ResponseParseError,
  TimeoutError,
  createRecruspace,
} from '../../dist/index.js';

const SECRET = 'rs_live_SMOKESECRET';
let failures = 0;
function check(name, ok, detail = '') {
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : ` ${detail}`}`);
}

const hits = new Map();
const sockets = new Set();
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const n = (hits.get(path) ?? 0) + 1;
  hits.set(path, n);
  const json = (status, body, headers = {}) => res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  req.resume();
  req.on('end', () => {
    if (path === '/api/v1/client/candidates/1/') return n < 3 ? json(503, { detail: 'busy' }) : json(200, { id: 1, email: 'a@b.co' }, { 'x-request-id': 'req-1' });
    if (path === '/api/v1/client/candidates/2/') return undefined; // never answers
    if (path === '/api/v1/client/candidates/3/') return json(404, { detail: 'Not found.' });
    if (path === '/api/v1/client/candidates/4/') return req.socket.destroy();
    if (path === '/api/v1/client/candidates/5/') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":');
    if (path === '/api/v1/client/talent-pools/create/') return json(500, { detail: 'boom' });
    if (path === '/api/v1/client/utilities/upload-file/') return json(201, { success: 'OK', content: { id: 7 } });
    if (path === '/unified/ats/candidates') {
      const cursor = Number(new URL(req.url, 'http://x').searchParams.get('next_cursor') ?? 0);
      return json(200, { result: [{ id: String(cursor + 1) }, { id: String(cursor + 2) }], next_cursor: cursor < 4 ? String(cursor + 2) : null });
    }
    json(500, { detail: `unexpected ${path}` });
  });
});
server.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${server.address().port}`;

try {
  const rs = createRecruspaceClient({ apiKey: SECRET, baseUrl, timeoutMs: 30_000, backoff: { initialDelayMs: 5 } });
  const get = (id, extra = {}) => rs.GET('/api/v1/client/candidates/{candidate_id}/', { params: { path: { candidate_id: id } }, ...extra });
  const fail = (promise) => promise.then(() => undefined, (error) => error);

  const retried = await get(1);
  check('retries 503, 503 then succeeds', retried.data?.email === 'a@b.co' && hits.get('/api/v1/client/candidates/1/') === 3);
  check('exposes the request id', retried.requestId === 'req-1');

  const started = Date.now();
  const timeout = await fail(get(2, { timeoutMs: 200 }));
  check('times out with TimeoutError', timeout instanceof TimeoutError && timeout instanceof AtsSdkError && Date.now() - started < 2000, inspect(timeout));

  const notFound = await get(3);
  check('resolves an error status as { error, response }', notFound.error?.detail === 'Not found.' && notFound.response.status === 404);
  const thrown = await fail(rs.throwing.GET('/api/v1/client/candidates/{candidate_id}/', { params: { path: { candidate_id: 3 } } }));
  check('the throwing form rejects with NotFoundError', thrown instanceof NotFoundError && thrown instanceof ApiError && thrown.status === 404);

  const reset = await fail(get(4, { maxRetries: 1 }));
  check('a reset connection is a ConnectionError after the retries', reset instanceof ConnectionError && hits.get('/api/v1/client/candidates/4/') === 2, inspect(reset));

  const parse = await fail(get(5));
  check('malformed JSON is a ResponseParseError', parse instanceof ResponseParseError && parse.status === 200);

  const post = await rs.POST('/api/v1/client/talent-pools/create/', { body: { name: 'x' } });
  check('a POST without an idempotency key is sent once', post.response.status === 500 && hits.get('/api/v1/client/talent-pools/create/') === 1);

  const resources = createRecruspace({ apiKey: SECRET, baseUrl, timeoutMs: 30_000 });
  const upload = await resources.files.upload({ file: { data: new Uint8Array([37, 80, 68, 70]), filename: 'cv.pdf', contentType: 'application/pdf' } });
  check('uploads a file through a resource method', upload?.content?.id === 7, inspect(upload));

  const ua = createUnifiedAtsClient({ token: 't', integratedAccountId: 'acc', baseUrl, timeoutMs: 30_000 });
  const ids = (await ua.paginate('/unified/ats/candidates').toArray()).map((c) => c.id);
  check('paginates cursors to the end', JSON.stringify(ids) === JSON.stringify(['1', '2', '3', '4', '5', '6']), JSON.stringify(ids));

  const leaked = [timeout, thrown, reset, parse].some((e) => inspect(e, { depth: Infinity, showHidden: true }).includes('SMOKESECRET') || JSON.stringify(e).includes('SMOKESECRET'));
  check('no error carries the API key', !leaked);
} catch (error) {
  check('runs without throwing', false, inspect(error));
} finally {
  for (const socket of sockets) socket.destroy();
  server.close();
}

console.log(`${failures ? 'smoke FAILED' : 'smoke ok'} on Node ${process.version}`);
if (failures) process.exitCode = 1;
