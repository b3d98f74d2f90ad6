// The GitHub workflows cannot run here; actionlint is not packaged for this machine, so they are
// checked against the GitHub workflow schema (SchemaStore's, via action-validator), plus the facts
// that matter to this repo.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NODE_LINES } from '../../scripts/toolchain/node-lines.mjs';
import { findChromium } from './support/chromium.js';
import { bin, ROOT } from './support/packages.js';

const run = promisify(execFile);
const WORKFLOWS = ['.github/workflows/ci.yml', '.github/workflows/release.yml', '.github/workflows/mutation.yml', 'examples/github-actions.yml'];

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

  it('runs `pnpm mutation` weekly and by hand, which fails below a 90 % score', async () => {
    const workflow = parse(readFileSync(join(ROOT, '.github/workflows/mutation.yml'), 'utf8'));
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.jobs.mutation.steps.map((step: { run?: string }) => step.run)).toContain('pnpm mutation');
    const { default: stryker } = await import(join(ROOT, 'packages/client/stryker.config.mjs'));
    expect(stryker.thresholds.break).toBe(90);
  });

  it('the schema check catches a broken workflow', async () => {
    const { code, output } = await validate(join(import.meta.dirname, 'fixtures/broken-workflow.yml'));
    expect(code).not.toBe(0);
    expect(output).toContain("Additional property 'stepz' is not allowed");
  });

  it("CI's matrix is the Node lines the repo's toolchain supports (root engines), each with a pinned binary", () => {
    const ci = parse(readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8'));
    const rootMin = Number(/^>=(\d+)/.exec(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node)![1]);
    expect(ci.jobs.test.strategy.matrix.node).toEqual(NODE_LINES.filter((major) => major >= rootMin));
  });

  it('CI installs, lints, builds and tests, with the pinned Node binaries fetched (and cached) first', () => {
    const ci = parse(readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8'));
    const steps: { run?: string; uses?: string; with?: { path?: string } }[] = ci.jobs.test.steps;
    const commands = steps.map((s) => s.run).filter(Boolean);
    const order = ['node scripts/toolchain/node-lines.mjs', 'pnpm install --frozen-lockfile', 'pnpm lint', 'pnpm build', 'pnpm test'];
    expect(commands.filter((c) => order.includes(c!))).toEqual(order);
    expect(steps.find((s) => s.uses?.startsWith('actions/cache@'))?.with?.path).toContain('scripts/toolchain/node*/node_modules');
  });

  it("CI uses the runner's own Chrome rather than an apt package Ubuntu does not have", () => {
    const text = readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8');
    expect(text).not.toMatch(/apt(-get)? install/);
    expect(parse(text).jobs.test.env.CHROMIUM_PATH).toBe('/usr/bin/google-chrome');
  });

  it('checks pull requests with the changeset check that also counts spec sources', () => {
    const ci = parse(readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8'));
    const commands = ci.jobs.changeset.steps.map((s: { run?: string }) => s.run).join('\n');
    expect(commands).toContain('node scripts/check-changeset.mjs --since origin/${{ github.base_ref }}');
  });

  it('releases only after the CI suite passes, through trusted publishing without a long-lived npm token', () => {
    const text = readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8');
    const release = parse(text);
    const ci = parse(readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8'));
    expect(ci.on).toHaveProperty('workflow_call');
    expect(release.jobs.test.uses).toBe('./.github/workflows/ci.yml');
    expect(release.jobs.release.needs).toBe('test');
    expect(release.jobs.release.permissions['id-token']).toBe('write');
    expect(text).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN/);
    const steps: { id?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, unknown> }[] =
      release.jobs.release.steps;
    const changesets = steps.find((s) => s.uses?.startsWith('changesets/action@'))!;
    expect(changesets.with).toMatchObject({ version: 'pnpm version-packages' });
    expect(changesets.with).not.toHaveProperty('publish');
    const publish = steps.find((s) => s.run === 'pnpm release')!;
    expect(publish.if).toBe("steps.changesets.outputs.hasChangesets == 'false'");
    expect(publish.env?.NPM_CONFIG_PROVENANCE).toBe(true);
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(24);
  });

  it('opens the "Version packages" pull request with a GitHub App token, so CI runs on it', () => {
    const release = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8'));
    const steps: { id?: string; uses?: string; env?: Record<string, string> }[] = release.jobs.release.steps;
    const app = steps.find((s) => s.uses?.startsWith('actions/create-github-app-token@'))!;
    const changesets = steps.find((s) => s.uses?.startsWith('changesets/action@'))!;
    expect(changesets.env?.GITHUB_TOKEN).toBe(`\${{ steps.${app.id}.outputs.token }}`);
  });
});

describe('finding a browser for the API reference test', () => {
  const only = (...present: string[]) => (path: string) => present.includes(path);

  it('prefers CHROMIUM_PATH, then Debian chromium, then Google Chrome', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, only('/usr/bin/chromium'))).toBe('/opt/chrome');
    expect(findChromium({}, only('/usr/bin/chromium', '/usr/bin/google-chrome'))).toBe('/usr/bin/chromium');
    expect(findChromium({}, only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, only())).toBeUndefined();
  });
});
