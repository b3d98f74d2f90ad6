// The packages as a user gets them: the packed tarballs installed with npm into a scratch project
// outside the workspace, imported, type-checked, and run against the installed `ats-mock` bin.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NODE_LINES, nodeBinary, pinnedVersion } from '../../scripts/toolchain/node-lines.mjs';
import { minNodeMajor, ROOT } from './support/packages.js';

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
    await withBinMock(async (url) => {
      const out = sh(process.execPath, ['consumer.ts'], { MOCK_URL: url });
      expect(JSON.parse(out.trim().split('\n').at(-1)!)).toMatchObject({ ok: true, email: expect.any(String) });
    });
  });
});

// Each package on every Node line its `engines` field claims, with real binaries from the npm
// registry (scripts/toolchain/node-lines.mjs): the client alone where the mock is not supported.
const clientLines = NODE_LINES.filter((major) => major >= minNodeMajor('@ats-sdk/client'));
const mockLines = NODE_LINES.filter((major) => major >= minNodeMajor('@ats-sdk/mock-server'));

describe.each(clientLines)('on Node %i', (major) => {
  const mockSupported = mockLines.includes(major);

  it(mockSupported ? 'starts the mock with startMockServer and calls both APIs' : 'calls both APIs (the mock runs on the test Node)', async () => {
    const node = nodeBinary(major);
    const run = (env: NodeJS.ProcessEnv) => JSON.parse(sh(node, ['lines-smoke.mjs'], env).trim().split('\n').at(-1)!);
    const result = mockSupported ? run({ START_MOCK: '1' }) : await withBinMock(async (url) => run({ MOCK_URL: url }));
    expect(result).toEqual({ node: `v${pinnedVersion(major)}`, statuses: [200, 200], mockStarted: mockSupported });
  }, 300_000);

  it('loads from CommonJS with require()', () => {
    const out = sh(nodeBinary(major), ['require-smoke.cjs'], { REQUIRE_MOCK: mockSupported ? '1' : '0', NODE_NO_WARNINGS: '1' });
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ client: 'function', ...(mockSupported ? { mock: 'function' } : {}) });
  }, 300_000);
});

describe.each(mockLines)('the ats-mock bin on Node %i', (major) => {
  it('serves /__mock/health and exits 0 on SIGINT', async () => {
    await withBinMock(async (url) => {
      expect((await fetch(`${url}/__mock/health`)).status).toBe(200);
    }, nodeBinary(major));
  }, 300_000);
});

// The consumer CI example, its shell steps run as written (GitHub expressions filled in) in the
// scratch project, on a free port instead of 4010.
describe('examples/github-actions.yml, run as written', () => {
  const workflow = parse(readFileSync(join(ROOT, 'examples/github-actions.yml'), 'utf8'));
  type Step = { name?: string; run?: string; env?: Record<string, string | number> };
  const steps: Step[] = workflow.jobs.test.steps;
  const step = (name: string) => steps.find((s) => s.name?.startsWith(name))!;
  const bash = (script: string, env: NodeJS.ProcessEnv) => spawnSync('bash', ['-e', '-c', script], { cwd: scratch, encoding: 'utf8', env: { ...userEnv, ...env }, timeout: 60_000 });
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it.each(['all', 'recruspace', 'unified-ats'])('starts ats-mock --api %s, serves the test step its URLs, and the stop step ends every process', async (api) => {
    const env: Record<string, string> = { ...stringValues(workflow.env), ATS_MOCK_PORT: String(await freePort()) };
    const fill = (text: string) => text.replace(/\$\{\{\s*env\.(\w+)\s*\}\}/g, (_, name: string) => env[name] ?? '');
    const start = bash(step('Start the mock').run!.replace('--api all', `--api ${api}`), env);
    try {
      expect(start.status, start.stdout + start.stderr).toBe(0);
      const testEnv = Object.fromEntries(Object.entries(stringValues(step('Test against it').env)).map(([k, v]) => [k, fill(v)]));
      const health = await (await fetch(`${testEnv.RECRUSPACE_BASE_URL}/__mock/health`)).json();
      const key = api === 'unified-ats' ? 'TRUTO' : 'RECRUSPACE';
      const path = api === 'unified-ats' ? `/unified/ats/jobs?integrated_account_id=${testEnv.TRUTO_INTEGRATED_ACCOUNT_ID}` : '/api/v1/client/job-posts/';
      const secret = testEnv[key === 'TRUTO' ? 'TRUTO_API_TOKEN' : 'RECRUSPACE_API_KEY'];
      expect((await fetch(`${testEnv[`${key}_BASE_URL`]}${path}`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(200);
      const pids = [Number(readFileSync(join(scratch, 'ats-mock.pid'), 'utf8')), health.pid as number];
      expect(pids.every(alive)).toBe(true);
      const stop = bash(step('Stop the mock').run!, env);
      expect(stop.status, stop.stdout + stop.stderr).toBe(0);
      await expect.poll(() => pids.filter(alive), { timeout: 5_000 }).toEqual([]);
    } finally {
      spawnSync('bash', ['-c', 'kill "$(cat ats-mock.pid)" 2>/dev/null; rm -f ats-mock.pid ats-mock.log'], { cwd: scratch });
    }
  }, 120_000);

  it('uses the bin directly (a signal to `npx`/`npm exec` would orphan the server) and keeps Scarf off', () => {
    const commands = step('Start the mock').run!.split('\n').filter((line) => !line.trim().startsWith('#'));
    expect(commands.join('\n')).not.toMatch(/\bnpx\b|npm exec/);
    expect(workflow.env.SCARF_ANALYTICS).toBe('false');
  });
});

const stringValues = (record: Record<string, string | number> = {}) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, String(v)]));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Runs the installed `ats-mock` bin (through its node_modules/.bin link, or on the given Node), hands
 * its URL to `fn`, then stops it with SIGINT: it must exit 0.
 */
async function withBinMock<T>(fn: (url: string) => Promise<T>, node?: string): Promise<T> {
  const args = ['--api', 'all', '--port', '0'];
  const [command, argv] = node
    ? [node, [join(scratch, 'node_modules/@ats-sdk/mock-server/bin/ats-mock.mjs'), ...args]]
    : [join(scratch, 'node_modules/.bin/ats-mock'), args];
  const mock: ChildProcess = spawn(command, argv, { cwd: scratch, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    let url = '';
    for await (const line of createInterface({ input: mock.stdout! })) {
      url = /listening on (\S+)/.exec(line)?.[1] ?? '';
      if (url) break;
    }
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    return await fn(url);
  } finally {
    const exited = once(mock, 'exit');
    mock.kill('SIGINT');
    const [code] = await exited;
    expect(code).toBe(0);
  }
}
