// The packages as a user gets them: the packed tarballs installed with npm into a scratch project
// outside the workspace, imported, type-checked, and run against the installed `ats-mock` bin.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

let scratch: string;
const fixture = (name: string) => join(import.meta.dirname, 'fixtures/consumer', name);
// A user's shell, not ours: drop the npm_config_* and pnpm settings that `pnpm run` exports (they
// change how npm resolves and installs), keep the rest.
const userEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|pnpm_|PNPM_)/i.test(k)));
const sh = (cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  execFileSync(cmd, args, { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...userEnv, ...env }, timeout: 240_000 });

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'ats-sdk-consumer-'));
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch-consumer', private: true, type: 'module' }));
  for (const file of readdirSync(join(import.meta.dirname, 'fixtures/consumer'))) copyFileSync(fixture(file), join(scratch, file));
  const tarballs = Object.values(inject('tarballs'));
  // npm, not pnpm: what most users run. Third-party dependencies come from the npm registry.
  sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, 'typescript@5.9.3', '@types/node@24.19.2'], {
    npm_config_yes: 'true',
    npm_config_update_notifier: 'false',
    SCARF_ANALYTICS: 'false',
  });
}, 300_000);
afterAll(() => scratch && rmSync(scratch, { recursive: true, force: true }));

describe('installed from the packed tarballs', () => {
  it('imports as ESM', () => {
    const out = sh(process.execPath, [
      '--input-type=module',
      '-e',
      `const c = await import('@ats-sdk/client'); const m = await import('@ats-sdk/mock-server');
       console.log(JSON.stringify([typeof c.createRecruspaceClient, typeof c.createUnifiedAtsClient, typeof m.startMockServer]));`,
    ]);
    expect(JSON.parse(out)).toEqual(['function', 'function', 'function']);
  });

  it.each(['bundler', 'nodenext'])('type-checks a typed consumer file under moduleResolution %s', (mode) => {
    expect(() => sh(join(scratch, 'node_modules/.bin/tsc'), ['-p', `tsconfig.${mode}.json`])).not.toThrow();
  });

  it('starts the mock through the installed ats-mock bin, makes typed calls to both APIs, and stops it', async () => {
    const mock: ChildProcess = spawn(join(scratch, 'node_modules/.bin/ats-mock'), ['--api', 'all', '--port', '0'], {
      cwd: scratch,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let url = '';
      for await (const line of createInterface({ input: mock.stdout! })) {
        url = /listening on (\S+)/.exec(line)?.[1] ?? '';
        if (url) break;
      }
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const out = sh(process.execPath, ['consumer.ts'], { MOCK_URL: url });
      expect(JSON.parse(out.trim().split('\n').at(-1)!)).toMatchObject({ ok: true, email: expect.any(String) });
    } finally {
      const exited = once(mock, 'exit');
      mock.kill('SIGINT');
      const [code] = await exited;
      expect(code).toBe(0);
    }
  });
});
