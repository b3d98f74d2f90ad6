// Every published package as npm would receive it: publint and attw on the packed tarball, and the
// package.json fields users and registries rely on.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { bin, PUBLISHED, ROOT } from './support/packages.js';

const run = promisify(execFile);

async function cli(name: string, args: string[], cwd = ROOT) {
  try {
    const { stdout, stderr } = await run(bin(name), args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, output: stdout + stderr };
  }
}

describe.each(PUBLISHED)('$name', ({ name, dir }) => {
  const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8'));

  it('passes publint (strict) on the packed tarball', async () => {
    const { code, output } = await cli('publint', ['run', inject('tarballs')[name], '--strict']);
    expect(output).not.toMatch(/error|warning/i);
    expect(code, output).toBe(0);
  });

  it('passes attw on the packed tarball (ESM-only: node16 and bundler resolution)', async () => {
    const { code, output } = await cli('attw', [inject('tarballs')[name], '--profile', 'esm-only', '--format', 'table-flipped']);
    expect(code, output).toBe(0);
  });

  it('declares what users and registries rely on', () => {
    expect(manifest).toMatchObject({
      license: 'MIT',
      type: 'module',
      sideEffects: false,
      engines: { node: expect.stringMatching(/^>=\d+/) },
      repository: { type: 'git', url: expect.stringContaining('github.com'), directory: dir },
      publishConfig: { access: 'public', provenance: true },
    });
    expect(manifest.private).toBeUndefined();
    expect(manifest.files).toEqual(expect.arrayContaining(['LICENSE', 'README.md']));
    for (const target of Object.values<Record<string, string> | string>(manifest.exports)) {
      if (typeof target === 'object') expect(Object.keys(target)[0], 'types first in each export').toBe('types');
    }
  });

  it('ships a LICENSE and a README', async () => {
    const { stdout } = await run('tar', ['tzf', inject('tarballs')[name]]);
    expect(stdout.split('\n')).toEqual(expect.arrayContaining(['package/LICENSE', 'package/README.md', 'package/package.json']));
  });

  it('leaves no workspace: range in the packed manifest', async () => {
    const { stdout } = await run('tar', ['xzOf', inject('tarballs')[name], 'package/package.json']);
    expect(stdout).not.toContain('workspace:');
    expect(stdout).not.toContain('catalog:');
  });
});
