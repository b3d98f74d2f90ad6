// Hostile or broken input: every case gets the right 4xx (or 2xx), the server keeps serving, and
// its memory stays bounded.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../dist/index.mjs';
import { AUTH, readBody } from './support.js';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ api: 'all' });
});
afterAll(() => mock?.close());

const POOL = '/api/v1/client/talent-pools/create/';
const ACTIVITIES = '/unified/ats/activities?integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d';

async function stillServing() {
  const response = await fetch(`${mock.url}/api/v1/client/companies/users/`, { headers: AUTH });
  expect(response.status).toBe(200);
  await response.body?.cancel();
}

async function health(): Promise<{ pid: number; memory: { rss: number } }> {
  return (await readBody(await fetch(`${mock.url}/__mock/health`))) as never;
}

describe('robustness', () => {
  it('malformed JSON → 400 naming the problem, in each API’s error shape', async () => {
    const headers = { ...AUTH, 'content-type': 'application/json' };
    const rs = await fetch(mock.url + POOL, { method: 'POST', headers, body: '{"name": "Pool",' });
    expect(rs.status).toBe(400);
    expect(await readBody(rs)).toEqual({ non_field_errors: [expect.stringMatching(/^Malformed JSON body/)] });
    const ua = await fetch(mock.url + ACTIVITIES, { method: 'POST', headers, body: '{oops' });
    expect(ua.status).toBe(400);
    expect(await readBody(ua)).toMatchObject({ statusCode: 400, message: expect.stringMatching(/^Malformed JSON body/) });
    await stillServing();
  });

  it('a wrong content type → 4xx saying which types are supported', async () => {
    const response = await fetch(mock.url + POOL, { method: 'POST', headers: { ...AUTH, 'content-type': 'text/plain' }, body: 'name=Pool' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(JSON.stringify(await readBody(response))).toMatch(/application\/json/);
    await stillServing();
  });

  it('a 20 MB body → 413, with or without a content-length', async () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(97);
    const declared = await fetch(mock.url + POOL, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: big });
    expect(declared.status).toBe(413);
    expect(JSON.stringify(await readBody(declared))).toMatch(/larger than/);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(big.subarray(i * 1024 * 1024, (i + 1) * 1024 * 1024));
        controller.close();
      },
    });
    const chunked = await fetch(mock.url + POOL, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    await chunked.body?.cancel();
    await stillServing();
  });

  it('malformed multipart → 400 instead of a crash', async () => {
    const cases = [
      'multipart/form-data; boundary=XYZ', // body has no such boundary
      'multipart/form-data', // no boundary at all
      'multipart/form-data; boundary=ABC', // the right boundary, but the body stops mid-part
    ];
    for (const type of cases) {
      const response = await fetch(`${mock.url}/api/v1/client/candidates/add/`, {
        method: 'POST',
        headers: { ...AUTH, 'content-type': type },
        body: '--ABC\r\nContent-Disposition: form-data; name="first_name"\r\n\r\nJane\r\n--ABC', // truncated
      });
      expect(response.status, type).toBe(400);
      expect(JSON.stringify(await readBody(response))).toMatch(/Malformed multipart/);
    }
    await stillServing();
  });

  it('unknown paths → 404 problem+json', async () => {
    for (const path of ['/nope', '/api/v1/client/nope/', '/unified/ats/widgets?integrated_account_id=x', '/__mock/nope']) {
      const response = await fetch(mock.url + path, { headers: AUTH });
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/json/);
      await response.body?.cancel();
    }
    await stillServing();
  });

  it('bytes that are not HTTP → 400, and the server stays up', async () => {
    const { port, hostname } = new URL(mock.url);
    const status = await new Promise<number>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      socket.once('data', (data: Buffer) => {
        resolve(Number(data.toString().split(' ')[1]));
        socket.destroy();
      });
      socket.once('error', reject);
    });
    expect(status).toBe(400);
    await stillServing();
  });

  it('1,000 concurrent requests all succeed, and memory stays bounded over rounds', async () => {
    const round = async () => {
      const statuses = await Promise.all(
        Array.from({ length: 1000 }, (_, i) =>
          new Promise<number>((resolve, reject) => {
            const path = i % 2 ? '/api/v1/client/candidates/123/' : '/unified/ats/jobs?integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d';
            const req = httpRequest(mock.url + path, { headers: AUTH, agent: false }, (res) => {
              res.resume();
              res.on('end', () => resolve(res.statusCode ?? 0));
            });
            req.on('error', reject);
            req.end();
          }),
        ),
      );
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
    };
    await round(); // warm-up: caches, JIT, socket buffers
    const baseline = (await health()).memory.rss;
    for (let i = 0; i < 3; i++) await round();
    const after = (await health()).memory.rss;
    expect(after - baseline, `rss grew from ${baseline} to ${after}`).toBeLessThan(100 * 1024 * 1024);
    await stillServing();
  }, 60_000);
});
