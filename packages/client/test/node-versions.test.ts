// The built package on every Node line the client supports (its `engines` field), each a pinned
// binary from the npm registry (scripts/toolchain/node-lines.mjs), plus the Node running the tests.
// The smoke script must pass and then exit on its own, promptly (no leaked timers or sockets).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE_LINES, nodeBinary, pinnedVersion } from '../../../scripts/toolchain/node-lines.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const DIST = here('../dist/index.js');
const SMOKE = here('./smoke/smoke.mjs');
const MIN_MAJOR = Number(/^>=(\d+)/.exec(JSON.parse(readFileSync(here('../package.json'), 'utf8')).engines.node)![1]);

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

  it.each(NODE_LINES.filter((major) => major >= MIN_MAJOR))('passes the smoke script and exits promptly on Node %i', async (major) => {
    const { code, output } = await runSmoke(nodeBinary(major));
    expect(output).toContain(`smoke ok on Node v${pinnedVersion(major)}`);
    expect(code, output).toBe(0);
  }, 300_000);

  it('passes the smoke script on the Node running the tests', async () => {
    const { code, output } = await runSmoke(process.execPath);
    expect(output).toContain(`smoke ok on Node ${process.version}`);
    expect(code, output).toBe(0);
  });
});
