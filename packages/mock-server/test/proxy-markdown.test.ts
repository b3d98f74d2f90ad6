// `ats-mock drift-report <file.json>`: the report as Markdown a user can paste into an issue.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDriftReport, type DriftReport } from '../dist/index.mjs';
import { tempReportPath } from './proxy-support.js';

const BIN = new URL('../bin/ats-mock.mjs', import.meta.url).pathname;

const REPORT: DriftReport = {
  api: 'recruspace',
  target: 'https://api.recruspace.com',
  spec: { title: 'Recruspace API', version: '1.0.0' },
  startedAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:05:00.000Z',
  requests: 6,
  operations: {
    listTalentPools: { method: 'GET', path: '/api/v1/client/talent-pools/', matched: true, requests: 1, statuses: { 200: 1 }, violations: [], undocumentedFields: [] },
    getCandidate: {
      method: 'GET',
      path: '/api/v1/client/candidates/{candidate_id}/',
      matched: true,
      requests: 3,
      statuses: { 200: 3 },
      violations: [
        { direction: 'response', status: 200, location: 'body', pointer: '/phone_number', keyword: 'type', message: 'must be string', count: 3, suggestion: 'make-nullable', types: ['null'], specLocation: '#/components/schemas/Candidate/properties/phone_number' },
        { direction: 'response', status: 200, location: 'body', pointer: '/degree', keyword: 'pattern', message: 'must match pattern "^a|b$"', count: 1, suggestion: 'review' },
      ],
      undocumentedFields: [{ pointer: '/linkedin_url', count: 3, types: ['string'], specLocation: '#/components/schemas/Candidate' }],
    },
    listCandidates: { method: 'GET', path: '/unified/ats/candidates', matched: true, requests: 1, statuses: { 502: 1 }, upstreamFailures: { timeout: 1 }, violations: [], undocumentedFields: [] },
    'unmatched GET /api/v1/client/widgets/{id}/': { method: 'GET', path: '/api/v1/client/widgets/{id}/', matched: false, requests: 1, statuses: { 404: 1 }, violations: [], undocumentedFields: [] },
  },
};

describe('the drift report in Markdown', () => {
  const markdown = renderDriftReport(REPORT);

  it('says per operation what disagreed, how often, and the suggested spec change', () => {
    expect(markdown).toContain('## Spec drift: recruspace');
    expect(markdown).toContain('against https://api.recruspace.com, checked with Recruspace API 1.0.0, from 2026-11-30T10:00:00.000Z to 2026-11-30T10:05:00.000Z');
    expect(markdown).toContain('6 requests to 4 operations, 3 with a disagreement.');
    expect(markdown).toContain('### `getCandidate`: `GET /api/v1/client/candidates/{candidate_id}/`');
    expect(markdown).toContain('| response 200 | `/phone_number` | type: must be string (got null) | 3 | `make-nullable`: make it nullable at `#/components/schemas/Candidate/properties/phone_number` |');
    expect(markdown).toContain('| `/linkedin_url` | string | 3 | `#/components/schemas/Candidate` |');
    expect(markdown).toContain('Upstream failures (the client got a 502 from the proxy): timeout × 1.');
    expect(markdown).toContain('### Not in the spec: `GET /api/v1/client/widgets/{id}/`');
  });

  it('lists operations that disagreed first, and escapes what would break a table', () => {
    expect(markdown.indexOf('getCandidate')).toBeLessThan(markdown.indexOf('listTalentPools'));
    expect(markdown).toContain('must match pattern "^a\\|b$"');
    expect(markdown).toMatch(/### `listTalentPools`[^#]*Every exchange matched the spec\./);
  });

  it('`ats-mock drift-report <file.json>` prints exactly that', () => {
    const file = tempReportPath();
    writeFileSync(file, JSON.stringify(REPORT));
    const result = spawnSync(process.execPath, [BIN, 'drift-report', file], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(markdown);
  });

  it.each([
    [['drift-report'], 2, /give exactly one report file/],
    [['drift-report', '/nonexistent/drift.json'], 1, /cannot read the drift report \/nonexistent\/drift.json: no such file/],
    [['drift-report', 'NOT-A-REPORT'], 1, /is not a drift report written by ats-mock proxy/],
  ])('%j exits %i with a clear message', (args, code, message) => {
    const file = tempReportPath();
    writeFileSync(file, JSON.stringify({ hello: 'world' }));
    const result = spawnSync(process.execPath, [BIN, ...args.map((a) => (a === 'NOT-A-REPORT' ? file : a))], { encoding: 'utf8' });
    expect(result.status).toBe(code);
    expect(result.stderr).toMatch(message);
  });
});
