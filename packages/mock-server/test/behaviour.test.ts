// What the mock promises besides serving: auth, readable request errors, Prefer, seeded dynamic mode.
import { deref, documentedStatuses, listOperations, loadSpec, sampleRequest } from '@ats-sdk/spec/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../dist/index.mjs';
import { AUTH, expectValidBody, readBody } from './support.js';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ api: 'all' });
});
afterAll(() => mock?.close());

const call = (path: string, init: RequestInit = {}) => fetch(mock.url + path, init);

describe('authentication', () => {
  it.each([
    ['recruspace', 'getCandidate', '/api/v1/client/candidates/123/'],
    ['unified-ats', 'getCandidate', '/unified/ats/candidates/1?integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d'],
  ] as const)('%s answers 401 without a bearer token, in the documented shape', async (api, operationId, path) => {
    const response = await call(path);
    expect(response.status).toBe(401);
    expectValidBody(api, operationId, 401, await readBody(response));
    const basic = await call(path, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(basic.status).toBe(401);
  });
});

describe('invalid requests get a 4xx whose body says why', () => {
  it('Recruspace: a missing required query parameter, as a field-error map', async () => {
    const response = await call('/api/v1/client/candidates/search-by-email/', { headers: AUTH });
    expect(response.status).toBe(400);
    const body = (await readBody(response)) as Record<string, string[]>;
    expect(Object.keys(body)).toEqual(['email']);
    expect(body.email?.[0]).toMatch(/email/);
    expect(response.headers.get('sl-violations')).toContain('email');
    expectValidBody('recruspace', 'searchCandidateByEmail', 400, body);
  });

  it('Recruspace: a missing multipart file names the field', async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ first_name: 'Jane', last_name: 'Doe', email: 'jane@example.com' })) form.append(k, v);
    const response = await call('/api/v1/client/candidates/add/', { method: 'POST', headers: AUTH, body: form });
    expect(response.status).toBe(400);
    const body = await readBody(response);
    expect(body).toEqual({ cv_file: [expect.stringMatching(/required property 'cv_file'/)] });
    expectValidBody('recruspace', 'createCandidate', 400, body);
  });

  it('Truto: a missing body field, in the Truto error envelope', async () => {
    const response = await call('/unified/ats/activities?integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d', {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'no candidate' }),
    });
    expect(response.status).toBe(400);
    const body = (await readBody(response)) as { statusCode: number; message: string };
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(body.message).toMatch(/candidate_id/);
    expectValidBody('unified-ats', 'createActivity', 400, body);
  });

  // integrated_account_id is optional in the spec (an integrated-account token implies it), so a
  // still-required query parameter shows the same behaviour.
  it('Truto: a missing required query parameter names the parameter', async () => {
    const response = await call('/unified/ats/attachments/download?integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d', {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(400);
    const body = (await readBody(response)) as { message: string };
    expect(body.message).toMatch(/file_url/);
    expectValidBody('unified-ats', 'downloadAttachment', 400, body);
  });
});

describe.each(['recruspace', 'unified-ats'] as const)('%s: Prefer selects any documented response', (api) => {
  const operations = listOperations(api).map((o) => o.operationId);

  it.each(operations)('%s: every documented status via Prefer: code=…', async (operationId) => {
    for (const status of documentedStatuses(api, operationId)) {
      const sample = sampleRequest(api, operationId);
      const response = await call(sample.url, {
        method: sample.method,
        headers: { ...sample.headers, prefer: `code=${status}` },
        ...(sample.body ? { body: sample.body } : {}),
      });
      expect(response.status, `${operationId} Prefer code=${status}`).toBe(status);
      expect(response.headers.get('sl-violations'), `${operationId} ${status}`).toBeNull();
      expectValidBody(api, operationId, status, await readBody(response));
    }
  });

  it('every named success example via Prefer: example=…', async () => {
    const spec = loadSpec(api, 'mock');
    for (const { operationId, path, method } of listOperations(api)) {
      const success = Object.entries<any>(spec.paths[path][method].responses).find(([s]) => s.startsWith('2'));
      const examples = success?.[1].content?.['application/json']?.examples ?? {};
      for (const [name, example] of Object.entries<any>(examples)) {
        const sample = sampleRequest(api, operationId);
        const response = await call(sample.url, {
          method: sample.method,
          headers: { ...sample.headers, prefer: `example=${name}` },
          ...(sample.body ? { body: sample.body } : {}),
        });
        expect(await readBody(response), `${operationId} example=${name}`).toEqual(deref(spec, example).value);
      }
    }
  });
});

describe('dynamic mode', () => {
  it('gives identical bodies for the same seed, valid against the closed schemas', async () => {
    const start = (seed: string) => startMockServer({ api: 'recruspace', dynamic: true, seed });
    const [a, b, c] = await Promise.all([start('42'), start('42'), start('7')]);
    try {
      const get = async (m: MockServer) =>
        readBody(await fetch(`${m.url}/api/v1/client/candidates/123/`, { headers: AUTH }));
      const [bodyA, bodyB, bodyC] = await Promise.all([get(a), get(b), get(c)]);
      expect(bodyA).toEqual(bodyB);
      expect(bodyA).not.toEqual(bodyC);
      for (const body of [bodyA, bodyC]) expectValidBody('recruspace', 'getCandidate', 200, body);
      const staticBody = await readBody(await call('/api/v1/client/candidates/123/', { headers: AUTH }));
      expect(bodyA).not.toEqual(staticBody);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });
});
