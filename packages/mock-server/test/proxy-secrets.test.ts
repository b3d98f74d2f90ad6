// Nothing secret leaves through the drift report: no header values, no query values, no body values
// (pointers, types, counts and status codes only); with --samples, one value per entry, redacted.
import { readFileSync } from 'node:fs';
import { createRecruspaceClient } from '@ats-sdk/client';
import { afterEach, describe, expect, it } from 'vitest';
import { renderDriftReport, startDriftProxy } from '../dist/index.mjs';
import { json, responseExample, startUpstream, tempReportPath } from './proxy-support.js';

const API_KEY = 'rs_live_Zk4p9QeT7mWx2Lb8NcV5yHa3';
const EMAIL = 'ada.lovelace@example.com';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Every way the key could reach the report: headers both ways, query, the body, echoed values. */
async function leakyRun(samples: boolean) {
  const upstream = await startUpstream((req, res) => {
    if (req.url!.startsWith('/api/v1/client/job-posts/')) return json(res, 200, responseExample('recruspace', 'listJobPosts', 200));
    const candidate = responseExample('recruspace', 'getCandidate', 200);
    Object.assign(candidate, {
      phone_number: API_KEY.length, // a wrong type: the finding names the type, never the value
      email: API_KEY, // a format violation whose value is the key
      echoed_authorization: req.headers.authorization, // an undocumented field holding the key
      contact: EMAIL,
      session_token: 'short',
    });
    json(res, 200, candidate, { 'set-cookie': `session=${API_KEY}`, 'x-api-key-echo': API_KEY });
  });
  cleanups.push(() => upstream.close());
  const target = new URL(upstream.url);
  target.username = 'user';
  target.password = API_KEY;
  target.search = `?token=${API_KEY}`;
  const proxy = await startDriftProxy({ api: 'recruspace', target: target.href, report: tempReportPath(), samples });
  cleanups.push(() => proxy.close());
  const client = createRecruspaceClient({ baseUrl: proxy.url, apiKey: API_KEY, headers: { 'x-api-key': API_KEY } });
  const { response } = await client.GET('/api/v1/client/candidates/{candidate_id}/', { params: { path: { candidate_id: 5 } } });
  expect(response.status).toBe(200);
  // The key in the query, under secret-like names and as a value that fails validation (`page`).
  await (await fetch(`${proxy.url}/api/v1/client/job-posts/?api_key=${API_KEY}&token=${API_KEY}&page=${API_KEY}`, { headers: { authorization: `Bearer ${API_KEY}` } })).text();
  await proxy.close();
  const text = readFileSync(proxy.reportPath!, 'utf8');
  return { text, report: JSON.parse(text), upstream };
}

describe('no secrets in the report', () => {
  it.each([false, true])('the client’s API key appears nowhere in the report file or its Markdown (samples: %s)', async (samples) => {
    const { text, report, upstream } = await leakyRun(samples);
    // The key did travel: the upstream got it, and the report did see those exchanges.
    expect(upstream.received[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(report.operations.getCandidate.undocumentedFields.map((f: { pointer: string }) => f.pointer)).toContain('/echoed_authorization');
    expect(report.operations.listJobPosts.violations).toContainEqual(expect.objectContaining({ location: 'query', pointer: '/page' }));
    for (const output of [text, renderDriftReport(report)]) {
      expect(output).not.toContain(API_KEY);
      expect(output).not.toContain(API_KEY.slice(0, 12));
      expect(output).not.toContain(EMAIL);
    }
    expect(report.target).toBe(upstream.url);
  });

  it('without --samples the report holds no value at all', async () => {
    const { report } = await leakyRun(false);
    expect(JSON.stringify(report)).not.toContain('"sample"');
    expect(JSON.stringify(report)).not.toContain('short');
  });

  it('with --samples a value is shown only after redaction by pattern and by name', async () => {
    const { report } = await leakyRun(true);
    const fields = Object.fromEntries(report.operations.getCandidate.undocumentedFields.map((f: { pointer: string; sample: unknown }) => [f.pointer, f.sample]));
    expect(fields['/contact']).toBe('<email>');
    expect(fields['/echoed_authorization']).toBe('<redacted>');
    expect(fields['/session_token']).toBe('<redacted>');
    const phone = report.operations.getCandidate.violations.find((v: { pointer: string }) => v.pointer === '/phone_number');
    expect(phone).toMatchObject({ keyword: 'type', types: ['integer'], suggestion: 'widen-type', sample: API_KEY.length });
  });
});
