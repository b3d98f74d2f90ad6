// The release flow, offline, on a throwaway copy of the repo: a changeset for one package bumps the
// whole fixed group, writes changelogs, leaves private packages alone, and packs with real versions.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHED, ROOT } from './support/packages.js';

let copy: string;
const version = (dir: string) => JSON.parse(readFileSync(join(copy, dir, 'package.json'), 'utf8')).version as string;
// Offline: everything comes from the local pnpm store the real install filled.
const sh = (cmd: string, args: string[], cwd = copy) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '1', npm_config_offline: 'true' },
  });

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'ats-sdk-release-'));
  // The tracked files as they are now (committed or not), in a repo of their own.
  for (const file of sh('git', ['ls-files', '--cached', '--others', '--exclude-standard'], ROOT).split('\n').filter(Boolean)) {
    if (!existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(ROOT, file), join(copy, file));
  }
  sh('pnpm', ['install', '--frozen-lockfile', '--ignore-scripts', '--reporter=silent']);
  sh('git', ['init', '-q', '-b', 'main']);
  sh('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-qam', 'base', '--allow-empty']);
  writeFileSync(
    join(copy, '.changeset/brave-pools-sing.md'),
    '---\n"@ats-sdk/client": minor\n---\n\nAdd talent-pool helpers to the client.\n',
  );
  // The maintainers' script: `changeset version`, then an install so the lockfile follows.
  sh('pnpm', ['run', '--silent', 'version-packages']);
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('changeset version on a throwaway copy', () => {
  it('bumps the whole fixed group to the same version', () => {
    const before = JSON.parse(readFileSync(join(ROOT, 'packages/client/package.json'), 'utf8')).version as string;
    const [major, minor] = before.split('.').map(Number);
    const expected = `${major}.${minor! + 1}.0`;
    expect(PUBLISHED.map((p) => version(p.dir))).toEqual([expected, expected, expected]);
  });

  it('writes each package a changelog entry', () => {
    for (const { dir, name } of PUBLISHED) {
      const changelog = readFileSync(join(copy, dir, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain(`# ${name}`);
      expect(changelog).toContain(`## ${version(dir)}`);
    }
    expect(readFileSync(join(copy, 'packages/client/CHANGELOG.md'), 'utf8')).toContain('Add talent-pool helpers to the client.');
  });

  it('consumes the changeset and leaves private packages alone', () => {
    expect(existsSync(join(copy, '.changeset/brave-pools-sing.md'))).toBe(false);
    for (const dir of ['spec', 'tests/contract', 'tests/release']) {
      expect(version(dir)).toBe(JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')).version);
    }
  });

  it('packs the client with the bumped version and an exact dependency on the bumped types', () => {
    const out = join(copy, 'packed');
    mkdirSync(out);
    sh('pnpm', ['pack', '--pack-destination', out], join(copy, 'packages/client'));
    const tarball = sh('ls', [out]).trim();
    const manifest = JSON.parse(sh('tar', ['xzOf', join(out, tarball), 'package/package.json']));
    expect(manifest.version).toBe(version('packages/client'));
    expect(manifest.dependencies['@ats-sdk/types']).toBe(version('packages/types'));
  });
});
