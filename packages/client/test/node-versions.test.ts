// The built package on every Node the client supports: the toolchain's Node 24 and the OS Node 20.
// The smoke script must pass and then exit on its own, promptly (no leaked timers or sockets).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const DIST = here('../dist/index.js');
const SMOKE = here('./smoke/smoke.mjs');

/** The OS Node 20: ATS_SDK_SYSTEM_NODE, else /usr/bin/node. Never silently skipped. */
function systemNode(): string {
  const candidate = process.env.ATS_SDK_SYSTEM_NODE ?? '/usr/bin/node';
  const version = existsSync(candidate) ? execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim() : 'missing';
  if (!version.startsWith('v20.')) {
    throw new Error(
      `The Node 20 smoke test needs a Node 20 binary: ${candidate} is ${version}. ` +
        'Install Node 20 there or point ATS_SDK_SYSTEM_NODE at one.',
    );
  }
  return candidate;
}

/** Runs the smoke script; a process still alive after 20 s (a leaked timer or socket) is killed and fails. */
function runSmoke(node: string) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    execFile(node, [SMOKE], { timeout: 20_000, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr });
    });
  });
}

describe('the built package', () => {
  beforeAll(() => {
    if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `pnpm build` first (turbo does before test).');
  });

  it.each([
    ['the toolchain Node (24)', () => process.execPath, 'v24.'],
    ['the OS Node 20', systemNode, 'v20.'],
  ])('passes the smoke script and exits promptly on %s', async (_name, node, major) => {
    const { code, output } = await runSmoke(node());
    expect(output).toContain(`smoke ok on Node ${major}`);
    expect(code, output).toBe(0);
  });
});
