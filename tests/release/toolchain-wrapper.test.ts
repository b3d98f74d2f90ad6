// scripts/with-toolchain.sh in a scratch copy of the repo's layout, with stand-in `node` and `pnpm`
// first on PATH that log how they are called: the caller's directory is kept, the workspace install
// runs only when the lockfile changed, and its output (and failure) is shown in full.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/packages.js';

let scratch: string;
const log = () => readFileSync(join(scratch, 'calls.log'), 'utf8').trim().split('\n');
const installs = () => log().filter((line) => line.startsWith('pnpm install')).length;

function wrapper(args: string[], cwd = join(scratch, 'packages/some-package'), env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(join(cwd, '../../scripts/with-toolchain.sh'), args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: `${join(scratch, 'bin')}:/usr/bin:/bin`, HOME: scratch, CALLS: join(scratch, 'calls.log'), ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  scratch = realpathSync(mkdtempSync(join(tmpdir(), 'ats-sdk-wrapper-')));
  for (const dir of ['scripts/toolchain', 'packages/some-package', 'bin']) mkdirSync(join(scratch, dir), { recursive: true });
  copyFileSync(join(ROOT, 'scripts/with-toolchain.sh'), join(scratch, 'scripts/with-toolchain.sh'));
  writeFileSync(join(scratch, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n");
  writeFileSync(join(scratch, 'calls.log'), '');
  const shim = (name: string, body: string) => {
    writeFileSync(join(scratch, 'bin', name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(scratch, 'bin', name), 0o755);
  };
  shim('node', 'case "$1" in -p) echo 24 ;; -v) echo v24.0.0 ;; esac');
  shim(
    'pnpm',
    [
      'echo "pnpm $*" >> "$CALLS"',
      'case "$1" in',
      '  -v) echo 10.0.0 ;;',
      '  install) for step in resolving fetching linking postinstall done; do echo "install step: $step"; done',
      '    if [ -n "$FAIL_INSTALL" ]; then echo "unable to get local issuer certificate" >&2; exit 1; fi ;;',
      'esac',
    ].join('\n'),
  );
});
afterAll(() => scratch && rmSync(scratch, { recursive: true, force: true }));

describe('scripts/with-toolchain.sh', () => {
  it("runs the command in the caller's directory", () => {
    const { code, stdout } = wrapper(['pwd']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(join(scratch, 'packages/some-package'));
  });

  it('installs the workspace at the repo root, showing every line of its output', () => {
    rmSync(join(scratch, 'node_modules'), { recursive: true, force: true });
    const before = installs();
    const { code, stderr } = wrapper(['true']);
    expect(code).toBe(0);
    expect(installs()).toBe(before + 1);
    for (const step of ['resolving', 'fetching', 'linking', 'postinstall', 'done']) expect(stderr).toContain(`install step: ${step}`);
  });

  it('skips the install while the lockfile is unchanged, and reinstalls when it changes', () => {
    wrapper(['true']);
    const before = installs();
    expect(wrapper(['true']).code).toBe(0);
    expect(installs()).toBe(before);
    writeFileSync(join(scratch, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n# changed\n");
    expect(wrapper(['true']).code).toBe(0);
    expect(installs()).toBe(before + 1);
  });

  it('stops with the install error in plain sight when the install fails', () => {
    writeFileSync(join(scratch, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n# changed again\n");
    const { code, stdout, stderr } = wrapper(['echo', 'should not run'], undefined, { FAIL_INSTALL: '1' });
    expect(code).not.toBe(0);
    expect(stdout).not.toContain('should not run');
    expect(stderr).toContain('unable to get local issuer certificate');
    expect(stderr).toContain('pnpm install failed');
  });
});
