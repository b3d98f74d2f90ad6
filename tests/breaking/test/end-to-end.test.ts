// The whole gate on a throwaway git repository: bundling at the release tag and in the working tree,
// the verdict, the release-level check against pending changesets, and the type-level check.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ThrowawayRepo } from '../support/throwaway-repo.js';

const SPEC = 'spec/recruspace/openapi.yaml';
/** Breaking for readers: `email` disappears from every Candidate response. */
const removeEmail = (yaml: string) => yaml.replace('        email: { type: string }\n        score:', '        score:');
/** Not breaking: a new optional response field. */
const addPhone = (yaml: string) => yaml.replace('        score: { type: integer }\n', '        score: { type: integer }\n        phone: { type: string }\n');
/** Wire-compatible, so the spec diff sees nothing; but `params.path.candidate_id` no longer type-checks. */
const renamePathParameter = (yaml: string) => yaml.replaceAll('candidate_id', 'id');

const changeset = (level: string) => `---\n'@ats-sdk/client': ${level}\n---\n\nCandidates no longer carry an email.\n`;

let repo: ThrowawayRepo;
beforeAll(() => {
  repo = new ThrowawayRepo();
});
afterAll(() => repo?.remove());
beforeEach(() => repo.reset());

describe('pnpm breaking on a throwaway repository', () => {
  it('fails a breaking edit without a changeset, naming rule, operationId and JSON pointer', () => {
    repo.edit(SPEC, removeEmail);
    expect(repo.read(SPEC)).not.toContain('        email: { type: string }\n        score:');
    const run = repo.gate('--no-types');
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('@ats-sdk/client@0.1.0');
    expect(run.stdout).toContain('BREAKING [client+mock] response-property-removed  GET /candidates/{candidate_id} (getCandidate)');
    expect(run.stdout).toContain(
      'at base#/paths/~1candidates~1{candidate_id}/get/responses/200/content/application~1json/schema/properties/email (written at #/components/schemas/Candidate/properties/email)',
    );
    expect(run.stdout).toContain('needs a minor bump of the fixed group');
    expect(run.stdout).toContain('FAIL');
    expect(run.code).toBe(1);
  });

  it('passes the same edit with a minor changeset while 0.x', () => {
    repo.edit(SPEC, removeEmail);
    repo.write('.changeset/drop-email.md', changeset('minor'));
    const run = repo.gate('--no-types');
    expect(run.stdout).toContain('response-property-removed');
    expect(run.stdout).toContain('0.1.0 → 0.2.0');
    expect(run.stdout).toContain('PASS: breaking, and covered by the planned release.');
    expect(run.code).toBe(0);
  });

  it('passes a non-breaking edit without a changeset, type-level check included', () => {
    repo.edit(SPEC, addPhone);
    expect(repo.read(SPEC)).toContain('phone:');
    const run = repo.gate();
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('not breaking: changed GET /candidates/{candidate_id} (getCandidate)');
    expect(run.stdout).toContain('type-level check (tests/contract at the base');
    expect(run.stdout).toContain('PASS: nothing breaking.');
    expect(run.code).toBe(0);
  });

  it('fails on the type-level check alone when the spec diff finds nothing', () => {
    repo.edit(SPEC, renamePathParameter);
    const run = repo.gate();
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/BREAKING \[[^\]]+\] (?!previous-usage)/);
    expect(run.stdout).toContain('not breaking: changed GET /candidates/{id} (getCandidate)');
    expect(run.stdout).toContain('BREAKING [client only] previous-usage-fails-type-check');
    expect(run.stdout).toContain('base:tests/contract/usage.ts');
    expect(run.code).toBe(1);
  });

  it('compares with an explicit --base, reports as JSON, and rejects bad arguments', () => {
    repo.edit(SPEC, removeEmail);
    repo.commit('drop email');
    const sameCommit = repo.gate('--no-types', '--json', '--base', 'HEAD');
    expect(sameCommit.code).toBe(0);
    expect(JSON.parse(sameCommit.stdout)).toMatchObject({ base: { ref: 'HEAD' }, findings: [], breaking: false, ok: true });
    const unknown = repo.gate('--base', 'no-such-ref');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--base no-such-ref: no such commit');
    const misspelt = repo.gate('--bsae', 'HEAD');
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain('usage: pnpm breaking [--base <git ref>]');
  });
});
