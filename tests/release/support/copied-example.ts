// An example exactly as a user copies it: the folder alone, outside the workspace, its @ats-sdk
// ranges swapped for the packed tarballs (the packages are not on npm yet), installed with npm, then
// its own `npm test`. Each example's test file calls this once; `more` adds checks on the copy.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from './packages.js';

export interface CopiedExample {
  /** The folder the example was copied to (set once the copy is installed). */
  readonly dir: string;
  /** Runs a command in the copy, in a user's environment. */
  sh(cmd: string, args: string[]): string;
}

export function describeCopiedExample(name: string, more?: (example: CopiedExample) => void): void {
  const EXAMPLE = join(ROOT, 'examples', name);
  const manifest = JSON.parse(readFileSync(join(EXAMPLE, 'package.json'), 'utf8'));
  let copy: string;
  // A user's shell, not ours: drop what `pnpm run` exports (npm_config_*, pnpm settings).
  const userEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|pnpm_|PNPM_|VITEST|TEST$|NODE_ENV$)/i.test(k)));
  const sh = (cmd: string, args: string[]) =>
    execFileSync(cmd, args, {
      cwd: copy,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...userEnv, npm_config_update_notifier: 'false', SCARF_ANALYTICS: 'false' },
      timeout: 240_000,
    });

  describe('the example as copied', () => {
    it('declares only ranges a user can install: no workspace:, catalog:, file: or link:', () => {
      const ranges = Object.values<string>({ ...manifest.dependencies, ...manifest.devDependencies });
      expect(ranges.filter((range) => !/^\^?\d+\.\d+\.\d+$/.test(range))).toEqual([]);
    });

    it('has a tsconfig that stands alone (extends nothing from the repo)', () => {
      expect(JSON.parse(readFileSync(join(EXAMPLE, 'tsconfig.json'), 'utf8'))).not.toHaveProperty('extends');
    });
  });

  describe('copied out of the repo, with the packed packages', () => {
    beforeAll(() => {
      copy = mkdtempSync(join(tmpdir(), `ats-sdk-example-${name}-`));
      cpSync(EXAMPLE, copy, { recursive: true, filter: (source) => !source.includes('node_modules') });
      const tarballs = inject('tarballs');
      const local = (name: string) => `file:${tarballs[name as keyof typeof tarballs]}`;
      const swap = (deps: Record<string, string> = {}) =>
        Object.fromEntries(Object.entries(deps).map(([name, range]) => [name, name in tarballs ? local(name) : range]));
      const copied = { ...manifest, dependencies: swap(manifest.dependencies), devDependencies: swap(manifest.devDependencies) };
      // The client depends on @ats-sdk/types, which the registry does not have yet either.
      copied.overrides = Object.fromEntries(Object.keys(tarballs).map((name) => [name, local(name)]));
      writeFileSync(join(copy, 'package.json'), JSON.stringify(copied, null, 2));
      sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
    }, 300_000);
    afterAll(() => copy && rmSync(copy, { recursive: true, force: true }));

    it('passes its own npm test', () => {
      let output = '';
      try {
        output = sh('npm', ['test']);
      } catch (error) {
        const { stdout, stderr } = error as { stdout: string; stderr: string };
        throw new Error(`npm test failed in the copied example:\n${stdout}\n${stderr}`);
      }
      const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
      expect(plain).toMatch(/Tests\s+\d+ passed/);
      expect(plain).not.toMatch(/failed|skipped/);
    }, 300_000);

    more?.({ get dir() { return copy; }, sh });
  });
}
