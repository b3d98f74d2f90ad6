// What real clients send on day one (browsers' multipart, lower-case auth schemes, HEAD, odd bytes,
// bad paging parameters) and what they must get back: a documented status, in the API's own shape,
// never a 5xx. Each `defect N` names the point of issue 11 it guards.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../dist/index.mjs';
import { AUTH, expectValidBody, readBody } from './support.js';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ api: 'all' });
});
afterAll(() => mock?.close());

const ACCOUNT = 'integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d';
const call = (path: string, init: RequestInit = {}) =>
  fetch(mock.url + path, { ...init, headers: { ...AUTH, ...(init.headers as Record<string, string>) } });

/** A multipart body written by hand, as a browser would, with the given boundary. */
function multipart(boundary: string, fields: Record<string, string>, file?: { name: string; filename: string }) {
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  if (file) {
    parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n`);
  }
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body: `${parts.join('')}--${boundary}--\r\n` };
}

/** Sends raw bytes and returns the status line's code (and whether the server closed the socket). */
function rawRequest(bytes: string): Promise<{ status: number; text: string }> {
  const { port, hostname } = new URL(mock.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let text = '';
    socket.on('data', (data: Buffer) => (text += data.toString('latin1')));
    socket.on('close', () => resolve({ status: Number(text.split(' ')[1]), text }));
    socket.on('error', reject);
    setTimeout(() => socket.end(), 2000).unref();
  });
}

describe('defect 2: browser multipart', () => {
  it('accepts an upper-case boundary (----WebKitFormBoundary…), as Chrome and Safari send', async () => {
    const form = multipart('----WebKitFormBoundaryAbCdEfGh12345678', { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', talent_pool_id: '123' }, { name: 'cv_file', filename: 'cv.pdf' });
    const response = await call('/api/v1/client/candidates/add/', { method: 'POST', ...form });
    const body = await readBody(response);
    expect(response.status, JSON.stringify(body)).toBe(201);
    expectValidBody('recruspace', 'createCandidate', 201, body);
  });
});

describe('defect 3: no input produces a 5xx', () => {
  it('a malformed %-escape in a path → 404 in the API’s shape', async () => {
    const rs = await call('/api/v1/client/candidates/%ZZ/');
    expect(rs.status).toBe(404);
    expectValidBody('recruspace', 'getCandidate', 404, await readBody(rs));
    const ua = await call(`/unified/ats/candidates/%ZZ?${ACCOUNT}`);
    expect(ua.status).toBe(404);
    expectValidBody('unified-ats', 'getCandidate', 404, await readBody(ua));
  });

  it('a malformed %-escape in a multipart field name → 400 naming the field', async () => {
    const form = multipart('XyZ', { first_name: 'Ada', last_name: 'L', email: 'a@example.com', '%ZZ': 'x' }, { name: 'cv_file', filename: 'cv.pdf' });
    const response = await call('/api/v1/client/candidates/add/', { method: 'POST', ...form });
    expect(response.status).toBe(400);
    const body = await readBody(response);
    expect(JSON.stringify(body)).toContain('%ZZ');
    expectValidBody('recruspace', 'createCandidate', 400, body);
  });

  it('a non-Latin-1 property name in JSON or multipart → 400 naming it', async () => {
    const json = await call('/api/v1/client/talent-pools/create/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Pool', 'ñame€': 1 }),
    });
    expect(json.status).toBe(400);
    const body = await readBody(json);
    expect(JSON.stringify(body)).toContain('ñame€');
    expectValidBody('recruspace', 'createTalentPool', 400, body);
    expect(json.headers.get('sl-violations')).toContain('\\u20ac');

    const form = multipart('XyZ', { first_name: 'Ada', last_name: 'L', email: 'a@example.com', '名前': 'x' }, { name: 'cv_file', filename: 'cv.pdf' });
    const response = await call('/api/v1/client/candidates/add/', { method: 'POST', ...form });
    expect(response.status).toBe(400);
    expectValidBody('recruspace', 'createCandidate', 400, await readBody(response));
  });

  it('a request-target that is not a URL (GET //[) → 4xx', async () => {
    const { status, text } = await rawRequest('GET //[ HTTP/1.1\r\nhost: localhost\r\nauthorization: Bearer x\r\nconnection: close\r\n\r\n');
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(text).toMatch(/content-type: application\/(problem\+)?json/i);
  });
});

describe('defect 4: Recruspace parameters answered as DRF does, with documented statuses', () => {
  it.each(['abc', '0', '-1', '1.5'])('page=%s → 404 {"detail": "Invalid page."}', async (page) => {
    const response = await call(`/api/v1/client/job-posts/?page=${page}`);
    expect(response.status).toBe(404);
    const body = await readBody(response);
    expect(body).toEqual({ detail: 'Invalid page.' });
    expectValidBody('recruspace', 'listJobPosts', 404, body);
  });

  it('an unauthenticated request with a bad page is still 401 (DRF authenticates before paging)', async () => {
    const response = await fetch(`${mock.url}/api/v1/client/job-posts/?page=abc`);
    expect(response.status).toBe(401);
    expectValidBody('recruspace', 'listJobPosts', 401, await readBody(response));
  });

  it('page_size above the maximum is clamped, not rejected', async () => {
    const response = await call('/api/v1/client/job-posts/?page_size=500');
    expect(response.status).toBe(200);
    expectValidBody('recruspace', 'listJobPosts', 200, await readBody(response));
    const pool = await call('/api/v1/client/talent-pools/123/candidates/?page_size=abc');
    expect(pool.status).toBe(200);
  });

  it.each([
    ['getCandidate', '/api/v1/client/candidates/abc/', 'GET'],
    ['deleteTalentPool', '/api/v1/client/talent-pools/1.5/', 'DELETE'],
    ['listTalentPoolCandidates', '/api/v1/client/talent-pools/x/candidates/', 'GET'],
  ])('%s with a non-integer id → 404 {"detail": "Not found."}', async (operationId, path, method) => {
    const response = await call(path, { method });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = await readBody(response);
    expect(body).toEqual({ detail: 'Not found.' });
    expectValidBody('recruspace', operationId, 404, body);
  });
});

describe('defect 5: JSON parts of multipart bodies', () => {
  it('Truto createAttachment accepts remote_data sent as a JSON part', async () => {
    const form = new FormData();
    form.append('file', new File(['%PDF-1.4'], 'cv.pdf', { type: 'application/pdf' }));
    form.append('remote_data', new Blob([JSON.stringify({ candidate_id: 'c-1', type: 'resume' })], { type: 'application/json' }));
    const response = await call(`/unified/ats/attachments?${ACCOUNT}`, { method: 'POST', body: form });
    const body = await readBody(response);
    expect(response.status, JSON.stringify(body)).toBe(201);
    expectValidBody('unified-ats', 'createAttachment', 201, body);
  });

  it('a remote_data part that is not JSON → 400 saying so', async () => {
    const form = new FormData();
    form.append('file', new File(['%PDF-1.4'], 'cv.pdf'));
    form.append('remote_data', '{not json');
    const response = await call(`/unified/ats/attachments?${ACCOUNT}`, { method: 'POST', body: form });
    expect(response.status).toBe(400);
    const body = (await readBody(response)) as { message: string };
    expect(body.message).toMatch(/remote_data.*JSON/);
    expectValidBody('unified-ats', 'createAttachment', 400, body);
  });
});

describe('defect 9: oversized and slow requests', () => {
  it('after a 413 the connection closes instead of reading the rest', async () => {
    const { port, hostname } = new URL(mock.url);
    const result = await new Promise<{ status: number; sentAfter: number }>((resolve, reject) => {
      const socket = connect(Number(port), hostname);
      const chunk = Buffer.alloc(1024 * 1024, 97);
      let sent = 0;
      let status = 0;
      let sentAtResponse = 0;
      socket.on('connect', () => {
        socket.write(`POST /api/v1/client/talent-pools/create/ HTTP/1.1\r\nhost: localhost\r\nauthorization: Bearer x\r\ncontent-type: application/json\r\ncontent-length: ${300 * 1024 * 1024}\r\n\r\n`);
        const pump = () => {
          while (!socket.destroyed && sent < 300 && socket.write(chunk)) sent++;
          if (!socket.destroyed && sent < 300) socket.once('drain', () => (sent++, pump()));
        };
        pump();
      });
      socket.on('data', (data: Buffer) => {
        if (!status) (status = Number(data.toString().split(' ')[1])), (sentAtResponse = sent);
      });
      const finish = () => resolve({ status, sentAfter: sent - sentAtResponse });
      socket.on('close', finish);
      socket.on('error', () => socket.destroy());
      setTimeout(() => reject(new Error(`still open after ${sent} MB`)), 20_000).unref();
    });
    expect(result.status).toBe(413);
    expect(result.sentAfter, 'MB the server took after answering').toBeLessThan(50);
  });

  it('oversized headers → 431', async () => {
    const { status } = await rawRequest(`GET /api/v1/client/talent-pools/ HTTP/1.1\r\nhost: localhost\r\nx-big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
    expect(status).toBe(431);
  });

  it('headers that never finish → 408 once the header timeout passes', async () => {
    const slow = await startMockServer({ api: 'recruspace', headersTimeoutMs: 1000 });
    try {
      const { port, hostname } = new URL(slow.url);
      const status = await new Promise<number>((resolve, reject) => {
        const socket = connect(Number(port), hostname, () => socket.write('GET /api/v1/client/talent-pools/ HTTP/1.1\r\nhost: local'));
        socket.once('data', (data: Buffer) => resolve(Number(data.toString().split(' ')[1])));
        socket.on('error', reject);
        setTimeout(() => reject(new Error('no answer')), 10_000).unref();
      });
      expect(status).toBe(408);
    } finally {
      await slow.close();
    }
  });
});

describe('defect 11: auth scheme case and HEAD', () => {
  it('accepts `bearer` in lower case (RFC 7235), still refuses other schemes', async () => {
    const lower = await fetch(`${mock.url}/api/v1/client/candidates/123/`, { headers: { authorization: 'bearer test-token' } });
    expect(lower.status).toBe(200);
    await lower.body?.cancel();
    const basic = await fetch(`${mock.url}/api/v1/client/candidates/123/`, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(basic.status).toBe(401);
    await basic.body?.cancel();
  });

  it('HEAD on a GET route answers like GET, without a body', async () => {
    const get = await call('/api/v1/client/candidates/123/');
    const text = await get.text();
    const head = await call('/api/v1/client/candidates/123/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
    expect(await head.text()).toBe('');
  });
});
