// The GitHub workflows cannot run here; actionlint is not packaged for this machine, so they are
// checked against the GitHub workflow schema (SchemaStore's, via action-validator), plus the facts
// that matter to this repo.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bin, ROOT } from './support/packages.js';

const run = promisify(execFile);
const WORKFLOWS = ['.github/workflows/ci.yml', '.github/workflows/release.yml', 'examples/github-actions.yml'];

async function validate(file: string) {
  try {
    await run(bin('action-validator'), [file]);
    return { code: 0, output: '' };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, output: stdout + stderr };
  }
}

describe('GitHub workflows', () => {
  it.each(WORKFLOWS)('%s matches the workflow schema', async (file) => {
    const { code, output } = await validate(join(ROOT, file));
    expect(code, output).toBe(0);
  });

  it('the schema check catches a broken workflow', async () => {
    const { code, output } = await validate(join(import.meta.dirname, 'fixtures/broken-workflow.yml'));
    expect(code).not.toBe(0);
    expect(output).toContain("Additional property 'stepz' is not allowed");
  });

  it('CI installs, lints, builds and tests on Node 22 and 24', () => {
    const ci = parse(readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8'));
    expect(ci.jobs.test.strategy.matrix.node).toEqual([22, 24]);
    const commands = ci.jobs.test.steps.map((s: { run?: string }) => s.run).filter(Boolean).join('\n');
    for (const command of ['pnpm install --frozen-lockfile', 'pnpm lint', 'pnpm build', 'pnpm test']) expect(commands).toContain(command);
  });

  it('releases through changesets/action with npm provenance', () => {
    const release = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8'));
    expect(release.permissions['id-token']).toBe('write');
    const step = release.jobs.release.steps.find((s: { uses?: string }) => s.uses?.startsWith('changesets/action@'));
    expect(step.with).toMatchObject({ version: 'pnpm version-packages', publish: 'pnpm release' });
    expect(step.env.NPM_CONFIG_PROVENANCE).toBe(true);
  });
});
