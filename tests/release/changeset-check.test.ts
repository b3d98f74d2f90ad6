// scripts/check-changeset.mjs on a throwaway git repository with this repo's changeset config and
// package manifests: a spec-only change without a changeset fails, as does a source change; tests
// alone pass; a changeset naming the group (or an empty one) satisfies it.
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PUBLISHED, ROOT } from './support/packages.js';

let repo: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, encoding: 'utf8' });
function write(file: string, text: string) {
  mkdirSync(dirname(join(repo, file)), { recursive: true });
  writeFileSync(join(repo, file), text);
}
function commitAndCheck(files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) write(file, text);
  git('add', '-A');
  git('commit', '-qm', 'change');
  const result = spawnSync(process.execPath, [join(repo, 'scripts/check-changeset.mjs'), '--since', 'base'], { cwd: repo, encoding: 'utf8' });
  return { code: result.status, output: result.stdout + result.stderr };
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'ats-sdk-changeset-check-'));
  for (const file of ['.changeset/config.json', 'scripts/check-changeset.mjs', ...PUBLISHED.map((p) => `${p.dir}/package.json`)]) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    cpSync(join(ROOT, file), join(repo, file));
  }
  write('spec/recruspace/openapi.yaml', 'openapi: 3.1.0\n');
  write('packages/client/src/index.ts', 'export {};\n');
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base');
  git('tag', 'base');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('the changeset check', () => {
  it('fails a spec-only change without a changeset, naming the file', () => {
    const { code, output } = commitAndCheck({ 'spec/recruspace/openapi.yaml': 'openapi: 3.1.0\n# a new field\n' });
    expect(code).toBe(1);
    expect(output).toContain('spec/recruspace/openapi.yaml');
    expect(output).toContain('pnpm changeset');
  });

  it('fails a package source change without a changeset', () => {
    expect(commitAndCheck({ 'packages/client/src/index.ts': 'export const x = 1;\n' }).code).toBe(1);
  });

  it('passes when a changeset names a package of the fixed group', () => {
    const { code, output } = commitAndCheck({
      'spec/recruspace/openapi.yaml': 'openapi: 3.1.0\n# a new field\n',
      '.changeset/new-field.md': '---\n"@ats-sdk/mock-server": patch\n---\n\nServe the new field.\n',
    });
    expect(code, output).toBe(0);
  });

  it('passes an empty changeset: no release needed, on purpose', () => {
    expect(commitAndCheck({ 'spec/recruspace/openapi.yaml': '# comment only\n', '.changeset/quiet.md': '---\n---\n' }).code).toBe(0);
  });

  it('passes changes that do not reach users (tests, docs) without a changeset', () => {
    const { code, output } = commitAndCheck({ 'packages/client/test/x.test.ts': 'it;\n', 'packages/client/README.md': '# docs\n', 'CONTRIBUTING.md': 'x\n' });
    expect(code, output).toBe(0);
    expect(output).toContain('No change');
  });
});
