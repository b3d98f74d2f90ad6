// The release flow, offline, on a throwaway copy of the repo: a changeset for one package bumps the
// whole fixed group, writes changelogs, leaves private packages alone, and packs with real versions.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHED, ROOT } from './support/packages.js';
import { copyRepo } from './support/repo-copy.js';

let copy: string;
let sh: (cmd: string, args: string[], cwd?: string) => string;
const version = (dir: string) => JSON.parse(readFileSync(join(copy, dir, 'package.json'), 'utf8')).version as string;

beforeAll(() => {
  // Offline: everything comes from the local pnpm store the real install filled.
  ({ dir: copy, sh } = copyRepo('ats-sdk-release-'));
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
    expect(PUBLISHED.map((p) => version(p.dir))).toEqual(PUBLISHED.map(() => expected));
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
