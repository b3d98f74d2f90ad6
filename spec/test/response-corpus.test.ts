// Realistic response bodies (fixtures/responses/<api>/<operationId>.json, each case with a one-line
// note saying which variation it is) validated against the open bundle, the one live responses are
// checked against: every `valid` case must pass and every `invalid` case must fail. A spec that
// rejects a plausible real body, or accepts a wrong shape, fails here (CONVENTIONS.md, policies 1-7).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listOperations, responseValidator, successStatuses, type ApiName } from '../testing/spec-validator.js';

interface Case {
  note: string;
  status: number;
  body: unknown;
}
interface Corpus {
  operationId: string;
  valid: Case[];
  invalid: Case[];
}

const APIS: ApiName[] = ['recruspace', 'unified-ats'];
const dir = (api: ApiName) => new URL(`../fixtures/responses/${api}/`, import.meta.url);
const corpora = (api: ApiName): Corpus[] =>
  readdirSync(dir(api))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(new URL(f, dir(api)), 'utf8')) as Corpus);

const hasJsonSuccess = (api: ApiName, operationId: string) =>
  successStatuses(api, operationId).some((status) => responseValidator(api, operationId, status, 'live'));

describe.each(APIS)('%s response corpus', (api) => {
  const all = corpora(api);

  it('covers every operation with a JSON success body, each with a success case', () => {
    const operations = listOperations(api).map((o) => o.operationId).filter((id) => hasJsonSuccess(api, id));
    const covered = all.filter((c) => c.valid.some((v) => v.status >= 200 && v.status < 300)).map((c) => c.operationId);
    expect(operations.filter((id) => !covered.includes(id))).toEqual([]);
  });

  it('gives every case a one-line note', () => {
    const bad = all.flatMap((c) => [...c.valid, ...c.invalid].filter((k) => !k.note || k.note.includes('\n')).map(() => c.operationId));
    expect(bad).toEqual([]);
  });

  const valid = all.flatMap((c) => c.valid.map((k) => [c.operationId, k.status, k.note, k.body] as const));
  it.each(valid)('%s %i accepts: %s', (operationId, status, _note, body) => {
    const validate = responseValidator(api, operationId, status, 'live');
    expect(validate, `${operationId} documents no JSON body for ${status}`).toBeDefined();
    expect(validate!(body), JSON.stringify(validate!.errors, null, 2)).toBe(true);
  });

  const invalid = all.flatMap((c) => c.invalid.map((k) => [c.operationId, k.status, k.note, k.body] as const));
  it('has a negative corpus', () => expect(invalid.length).toBeGreaterThan(0));
  it.each(invalid)('%s %i rejects: %s', (operationId, status, _note, body) => {
    const validate = responseValidator(api, operationId, status, 'live');
    expect(validate).toBeDefined();
    expect(validate!(body)).toBe(false);
  });
});

describe('successStatuses', () => {
  it('lists every documented 2xx, so a live run accepts any of them', () => {
    expect(successStatuses('recruspace', 'updateTalentPool')).toEqual([200, 204]);
    expect(successStatuses('recruspace', 'subscribeWebhook')).toEqual([200, 201]);
  });
});
