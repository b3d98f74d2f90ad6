// The drift proxy as a proxy: what the client sends reaches the upstream unchanged, what the upstream
// answers reaches the client unchanged (streamed, binary, multipart), and an upstream that fails
// gives the client a 502 in the API's error shape, recorded in the report, with the proxy still up.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { ApiError, createRecruspace, createRecruspaceClient, createUnifiedAtsClient } from '@ats-sdk/client';
import { afterEach, describe, expect, it } from 'vitest';
import { startDriftProxy, type DriftProxy } from '../dist/index.mjs';
import { json, responseExample, startRawUpstream, startUpstream, tempReportPath } from './proxy-support.js';

async function waitFor(condition: () => boolean) {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(condition()).toBe(true);
}

const BIN = new URL('../bin/ats-mock.mjs', import.meta.url).pathname;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function proxyTo(api: 'recruspace' | 'unified-ats', target: string, extra: { upstreamTimeoutMs?: number } = {}): Promise<DriftProxy> {
  const proxy = await startDriftProxy({ api, target, report: tempReportPath(), ...extra });
  cleanups.push(() => proxy.close());
  return proxy;
}

describe('forwarding, both directions unchanged', () => {
  it('method, path, query, headers and a JSON body reach the upstream as sent; status, headers and body come back as answered', async () => {
    const upstream = await startUpstream((_req, res) => json(res, 201, { id: 7, name: 'Pool' }, { 'x-request-id': 'req-1', 'ratelimit-remaining': '9' }));
    cleanups.push(() => upstream.close());
    const proxy = await proxyTo('recruspace', upstream.url);
    const body = JSON.stringify({ name: 'Pool', description: 'ünïcödé' });
    const response = await fetch(`${proxy.url}/api/v1/client/talent-pools/create/?a=1&a=2&b=%20x`, {
      method: 'POST',
      headers: { authorization: 'Bearer k', 'content-type': 'application/json', 'x-custom': 'Value With Case' },
      body,
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('req-1');
    expect(response.headers.get('ratelimit-remaining')).toBe('9');
    expect(await response.text()).toBe(JSON.stringify({ id: 7, name: 'Pool' }));
    const [received] = upstream.received;
    expect(received!.method).toBe('POST');
    expect(received!.url).toBe('/api/v1/client/talent-pools/create/?a=1&a=2&b=%20x');
    expect(received!.headers['x-custom']).toBe('Value With Case');
    expect(received!.headers.authorization).toBe('Bearer k');
    expect(received!.headers.host).toBe(new URL(upstream.url).host);
    expect(received!.body.toString('utf8')).toBe(body);
  });

  it('keeps a path prefix of the target in front of every request path', async () => {
    const upstream = await startUpstream((_req, res) => json(res, 200, []));
    cleanups.push(() => upstream.close());
    const proxy = await proxyTo('recruspace', `${upstream.url}/prefix/`);
    await (await fetch(`${proxy.url}/api/v1/client/talent-pools/`)).text();
    expect(upstream.received[0]!.url).toBe('/prefix/api/v1/client/talent-pools/');
  });

  it('a binary download arrives byte for byte', async () => {
    const bytes = randomBytes(512 * 1024);
    const upstream = await startUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) });
      res.end(bytes);
    });
    cleanups.push(() => upstream.close());
    const proxy = await proxyTo('unified-ats', upstream.url);
    const response = await fetch(`${proxy.url}/unified/ats/attachments/download?integrated_account_id=x`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'a1' }),
    });
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('a multipart upload from the real client reaches the upstream byte for byte', async () => {
    const upstream = await startUpstream((_req, res) => json(res, 201, responseExample('recruspace', 'createCandidate', 201)));
    cleanups.push(() => upstream.close());
    const proxy = await proxyTo('recruspace', upstream.url);
    let sent: Buffer | undefined;
    const client = createRecruspace({
      baseUrl: proxy.url,
      apiKey: 'rs-key',
      fetch: async (request) => {
        sent = Buffer.from(await request.clone().arrayBuffer());
        return fetch(request);
      },
    });
    const cv = randomBytes(64 * 1024); // every byte value, including CR, LF and NUL
    const { response } = await client.candidates
      .create({
        first_name: 'Ada',
        last_name: 'Lovelace',
        email: 'ada@example.com',
        talent_pool_id: 1,
        cv_file: { data: cv, filename: 'cv.pdf', contentType: 'application/pdf' },
      })
      .withResponse();
    expect(response.status).toBe(201);
    const [received] = upstream.received;
    expect(received!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent && received!.body.equals(sent)).toBe(true);
    expect(received!.body.includes(cv)).toBe(true);
  });

  it('streams: the first chunk of a slow answer reaches the client before the upstream has finished', async () => {
    let finish!: () => void;
    const upstream = await startUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      finish = () => res.end(']');
    });
    cleanups.push(() => upstream.close());
    const proxy = await proxyTo('recruspace', upstream.url);
    const response = await fetch(`${proxy.url}/api/v1/client/talent-pools/`);
    const reader = response.body!.getReader();
    const first = await reader.read(); // would hang if the proxy buffered the whole answer
    expect(Buffer.from(first.value!).toString()).toBe('[');
    finish();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += Buffer.from(chunk.value).toString();
    expect(rest).toBe(']');
  });
});

describe('forwarding, the less common cases', () => {
  it('a gzip answer is forwarded compressed, byte for byte, and checked decompressed', async () => {
    const candidate = { ...responseExample('recruspace', 'getCandidate', 200), last_name: null };
    const compressed = gzipSync(JSON.stringify(candidate));
    const upstream = await startUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(compressed.length) });
      res.end(compressed);
    });
    cleanups.push(() => upstream.close());
    const proxy = await proxyTo('recruspace', upstream.url);
    const raw = await new Promise<Buffer>((resolve, reject) => {
      get(`${proxy.url}/api/v1/client/candidates/5/`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      }).on('error', reject);
    });
    expect(raw.equals(compressed)).toBe(true);
    await proxy.flushed();
    expect(proxy.report().operations.getCandidate!.violations).toEqual([expect.objectContaining({ pointer: '/last_name', suggestion: 'make-nullable' })]);
  });

  it('HEAD is forwarded and answered without a body', async () => {
    const upstream = await startUpstream((_req, res) => json(res, 200, []));
    cleanups.push(() => upstream.close());
    const proxy = await proxyTo('recruspace', upstream.url);
    const response = await fetch(`${proxy.url}/api/v1/client/talent-pools/`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(upstream.received[0]!.method).toBe('HEAD');
    await proxy.flushed();
    expect(proxy.report().operations.listTalentPools).toMatchObject({ requests: 1, statuses: { 200: 1 }, violations: [] });
  });

  it('an upstream that stops in the middle of its answer: the client sees a cut answer, never a complete-looking one; recorded', async () => {
    const upstream = await startUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('[{"id": 1');
      setTimeout(() => res.socket!.destroy(), 50);
    });
    cleanups.push(() => upstream.close());
    const proxy = await proxyTo('recruspace', upstream.url);
    const response = await fetch(`${proxy.url}/api/v1/client/talent-pools/`);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    await waitFor(() => proxy.report().requests === 1);
    expect(proxy.report().operations.listTalentPools).toMatchObject({ statuses: { 200: 1 }, upstreamFailures: { 'aborted-mid-response': 1 } });
  });

  it('a client that leaves mid-request does not take the proxy down', async () => {
    const upstream = await startUpstream((_req, res) => json(res, 200, []));
    cleanups.push(() => upstream.close());
    const proxy = await proxyTo('recruspace', upstream.url);
    const { port } = new URL(proxy.url);
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write('POST /api/v1/client/talent-pools/create/ HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"na');
      setTimeout(() => socket.destroy(), 50);
    });
    await once(socket, 'close');
    expect((await fetch(`${proxy.url}/api/v1/client/talent-pools/`)).status).toBe(200);
  });
});

describe('an upstream that fails: a 502 in the API’s error shape, recorded, the proxy still up', () => {
  const failures = [
    ['closes the connection', 'connection-closed', (socket: import('node:net').Socket) => socket.once('data', () => socket.destroy())],
    ['answers garbage', 'invalid-response', (socket: import('node:net').Socket) => socket.once('data', () => socket.end('this is not HTTP at all\r\n\r\n'))],
    ['never answers', 'timeout', () => {}],
  ] as const;

  it.each(failures)('Truto upstream that %s → 502 TrutoError for the real client', async (_name, kind, behaviour) => {
    const upstream = await startRawUpstream(behaviour);
    cleanups.push(() => upstream.close());
    const proxy = await proxyTo('unified-ats', upstream.url, { upstreamTimeoutMs: 300 });
    const client = createUnifiedAtsClient({ baseUrl: proxy.url, token: 'truto-token', integratedAccountId: 'acc-1', maxRetries: 0 });
    const error = await client.throwing.GET('/unified/ats/candidates', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const { status, body } = error as ApiError & { body: Record<string, unknown> };
    expect(status).toBe(502);
    expect(body).toMatchObject({ statusCode: 502, error: 'Bad Gateway' });
    expect(String(body.message)).toContain(`(${kind})`);
    await proxy.flushed();
    const report = JSON.parse(readFileSync(proxy.reportPath!, 'utf8'));
    expect(report.operations.listCandidates).toMatchObject({ requests: 1, statuses: { 502: 1 }, upstreamFailures: { [kind]: 1 } });
    // Still up: the next request is forwarded (and fails the same way), not refused.
    const again = await fetch(`${proxy.url}/unified/ats/candidates?integrated_account_id=acc-1`);
    expect(again.status).toBe(502);
  });

  it('Recruspace upstream that cannot be reached → 502 with DRF’s { detail }', async () => {
    const upstream = await startRawUpstream(() => {});
    const target = upstream.url;
    await upstream.close(); // nothing listens there any more
    const proxy = await proxyTo('recruspace', target);
    const client = createRecruspaceClient({ baseUrl: proxy.url, apiKey: 'rs-key', maxRetries: 0 });
    const { error, response } = await client.GET('/api/v1/client/talent-pools/', {});
    expect(response.status).toBe(502);
    expect(error).toEqual({ detail: expect.stringContaining('could not be reached (unreachable)') });
  });
});

describe('ats-mock proxy', () => {
  it('prints "<api> proxy listening on <url> -> <target>", forwards, and writes the report on SIGINT', async () => {
    const upstream = await startUpstream((_req, res) => json(res, 200, []));
    cleanups.push(() => upstream.close());
    const reportPath = tempReportPath();
    const child = spawn(process.execPath, [BIN, 'proxy', '--api', 'recruspace', '--target', upstream.url, '--port', '0', '--report', reportPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    cleanups.push(async () => child.exitCode === null && (child.kill('SIGKILL'), await once(child, 'exit')));
    let url = '';
    for await (const line of createInterface({ input: child.stdout! })) {
      const found = /^recruspace proxy listening on (http:\/\/127\.0\.0\.1:\d+) -> (\S+)$/.exec(line);
      if (found) {
        url = found[1]!;
        expect(found[2]).toBe(upstream.url);
        break;
      }
    }
    expect(await (await fetch(`${url}/api/v1/client/talent-pools/`)).json()).toEqual([]);
    const exited = once(child, 'exit');
    child.kill('SIGINT');
    expect((await exited)[0]).toBe(0);
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report).toMatchObject({ api: 'recruspace', target: upstream.url, requests: 1, operations: { listTalentPools: { requests: 1, statuses: { 200: 1 } } } });
  });

  it('is named in `ats-mock --help`, and `ats-mock proxy --help` documents every flag', async () => {
    const run = async (...args: string[]) => {
      const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
      let stdout = '';
      child.stdout!.on('data', (d) => (stdout += d));
      const [code] = await once(child, 'exit');
      return { code, stdout };
    };
    expect((await run('--help')).stdout).toContain('ats-mock proxy --help');
    const proxyHelp = await run('proxy', '--help');
    expect(proxyHelp.code).toBe(0);
    for (const flag of ['--api', '--target', '--port', '--host', '--report', '--samples', '--upstream-timeout']) expect(proxyHelp.stdout).toContain(flag);
  });

  it('a report path it cannot write is an error at start (exit 1), not a surprise at the end', async () => {
    const child = spawn(process.execPath, [BIN, 'proxy', '--api', 'recruspace', '--target', 'http://127.0.0.1:9', '--port', '0', '--report', '/nonexistent-dir/drift.json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot write the drift report to \/nonexistent-dir\/drift\.json: ENOENT/);
  });

  it.each([
    [['proxy', '--target', 'http://x'], /--api is required/],
    [['proxy', '--api', 'recruspace'], /--target is required/],
    [['proxy', '--api', 'recruspace', '--target', 'ftp://x'], /--target must be an http\(s\) URL/],
    [['proxy', '--api', 'greenhouse', '--target', 'http://x'], /unknown --api "greenhouse"/],
  ])('rejects %j with exit code 2 and the usage', async (args, message) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: ats-mock proxy');
  });
});
