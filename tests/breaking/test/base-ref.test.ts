// Which ref `pnpm breaking` compares with when no --base is given.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveBase } from '../../../scripts/breaking/git.mjs';

let dir: string;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.test', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.test' },
  }).trim();
const commit = (n: number) => {
  writeFileSync(join(dir, 'file.txt'), `${n}\n`);
  git('add', '-A');
  git('commit', '-q', '-m', `commit ${n}`);
  return git('rev-parse', 'HEAD');
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ats-breaking-base-'));
  git('init', '-q', '-b', 'main');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the default base', () => {
  it('is the latest release tag reachable from HEAD', () => {
    commit(1);
    const released = commit(2);
    git('tag', '@ats-sdk/client@0.1.0');
    git('tag', 'unrelated-tag');
    commit(3);
    expect(resolveBase(dir)).toEqual({ ref: '@ats-sdk/client@0.1.0', commit: released, reason: 'latest release tag' });
  });

  it('is origin/main when nothing is released yet', () => {
    const first = commit(1);
    git('update-ref', 'refs/remotes/origin/main', first);
    commit(2);
    expect(resolveBase(dir)).toMatchObject({ ref: 'origin/main', commit: first });
  });

  it('is HEAD~1 when HEAD is origin/main itself (a push to main) or there is no origin', () => {
    const first = commit(1);
    const second = commit(2);
    expect(resolveBase(dir)).toMatchObject({ ref: 'HEAD~1', commit: first });
    git('update-ref', 'refs/remotes/origin/main', second);
    expect(resolveBase(dir)).toMatchObject({ ref: 'HEAD~1', commit: first });
  });

  it('fails clearly with nothing to compare with', () => {
    commit(1);
    expect(() => resolveBase(dir)).toThrow('no base to compare with');
  });

  it('takes --base as given', () => {
    const first = commit(1);
    commit(2);
    expect(resolveBase(dir, first.slice(0, 12))).toMatchObject({ commit: first, reason: 'given with --base' });
  });
});
