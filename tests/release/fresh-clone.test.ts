// `pnpm mock` on a fresh clone (nothing built): it must build what the mock needs, serve both APIs,
// and stop cleanly on Ctrl-C, which the terminal sends to the whole foreground process group.
// `pnpm start` runs the same script with the whole build (scripts/mock.mjs).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/packages.js';
import { copyRepo, userEnv } from './support/repo-copy.js';

let clone: string;
beforeAll(() => {
  clone = copyRepo('ats-sdk-fresh-clone-').dir;
}, 300_000);
afterAll(() => clone && rmSync(clone, { recursive: true, force: true }));

describe('a fresh clone', () => {
  it('`pnpm mock` builds first, serves, and exits 0 without ELIFECYCLE on Ctrl-C', async () => {
    expect(existsSync(join(clone, 'packages/mock-server/dist'))).toBe(false);
    // Its own process group, as a terminal's foreground job is: Ctrl-C signals the whole group.
    const run = spawn('pnpm', ['run', 'mock', '--port', '0'], { cwd: clone, env: userEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    run.stdout!.on('data', (chunk) => (output += chunk));
    run.stderr!.on('data', (chunk) => (output += chunk));
    const exited = once(run, 'exit');
    try {
      await expect.poll(() => /unified-ats mock listening on (\S+)/.exec(output)?.[1], { timeout: 240_000, interval: 200 }).toBeTruthy();
      const url = /unified-ats mock listening on (\S+)/.exec(output)![1]!;
      expect((await fetch(`${url}/__mock/health`)).status).toBe(200);
      process.kill(-run.pid!, 'SIGINT');
      const [code] = await exited;
      expect(output).not.toMatch(/ELIFECYCLE|Command failed/);
      expect(code, output).toBe(0);
    } finally {
      if (run.exitCode === null) process.kill(-run.pid!, 'SIGKILL');
    }
  }, 300_000);

  it('`pnpm start` and `pnpm mock` run that script through exec (a shell in between dies of Ctrl-C)', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(scripts.start).toBe('exec node scripts/mock.mjs --build all');
    expect(scripts.mock).toBe('exec node scripts/mock.mjs --build mock');
  });
});
