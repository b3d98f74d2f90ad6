// The type-level check (openai-node's practice): the previous release's public usage — the contract
// tests and examples as they are at the base ref — must still type-check against types generated from
// the new spec and the new client. A spec diff can miss what only the types show (a renamed path
// parameter, say); a failure here counts as breaking whatever the diff says.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportPaths } from './git.mjs';

/** Where the previous release's usage lives; each is type-checked with its own dependencies. */
const usage = [
  { dir: 'tests/contract', include: ['**/*.ts'] },
  { dir: 'examples/consumer-vitest', include: ['**/*.ts'] },
];

/**
 * @param {string} root      the working tree (its spec/dist must hold the head bundles)
 * @param {string} commit    the base commit whose usage is checked
 * @param {string} scratch   an empty temporary directory
 * @param {{ name: string }[]} apis  the APIs to generate types for (spec/scripts/apis.mjs)
 * @returns {Promise<{ checked: string[], errors: string[] }>}
 */
export async function checkPreviousUsage(root, commit, scratch, apis) {
  mkdirSync(scratch, { recursive: true });
  const present = exportPaths(root, commit, usage.map((u) => u.dir), scratch);
  if (!present.length) return { checked: [], errors: [] };

  // Types generated from the head bundles by the repo's own generator, into the scratch tree.
  const { renderTypes } = await import(pathToFileURL(join(root, 'packages/types/scripts/render-types.mjs')).href);
  mkdirSync(join(scratch, 'types'), { recursive: true });
  const paths = {
    '@ats-sdk/client': [join(root, 'packages/client/src/index.ts')],
    '@ats-sdk/mock-server': [join(root, 'packages/mock-server/src/index.ts')],
  };
  const { bundlePath } = await import(pathToFileURL(join(root, 'spec/scripts/apis.mjs')).href);
  for (const { name } of apis) {
    if (!existsSync(bundlePath(name))) continue;
    writeFileSync(join(scratch, 'types', `${name}.d.ts`), await renderTypes(name));
    paths[`@ats-sdk/types/${name}`] = [join(scratch, 'types', `${name}.d.ts`)];
  }

  const errors = [];
  const checked = [];
  for (const { dir, include } of usage) {
    if (!present.includes(dir) || !existsSync(join(root, dir, 'node_modules'))) continue;
    const project = join(scratch, dir);
    // The usage's own dependencies (vitest, @types/node, …); the published packages come from `paths`.
    rmSync(join(project, 'node_modules'), { recursive: true, force: true });
    symlinkSync(join(root, dir, 'node_modules'), join(project, 'node_modules'), 'dir');
    writeFileSync(
      join(project, 'tsconfig.breaking.json'),
      JSON.stringify({
        extends: join(root, 'tsconfig.base.json'),
        compilerOptions: { types: ['node'], noEmit: true, paths },
        include,
        exclude: ['node_modules'],
      }),
    );
    const tsc = createRequire(join(root, dir, 'package.json')).resolve('typescript/bin/tsc');
    checked.push(dir);
    try {
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.breaking.json', '--pretty', 'false'], {
        cwd: project,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (failure) {
      const before = errors.length;
      const output = `${failure.stdout ?? ''}${failure.stderr ?? ''}`;
      for (const line of output.split('\n')) {
        const match = /^(.+?)\((\d+),(\d+)\): (error TS\d+: .*)$/.exec(line);
        if (!match) continue;
        // Name files as people know them: `<base>:tests/…` for the old usage, repo paths otherwise.
        const file = resolve(project, match[1]);
        const shown = file.startsWith(scratch) ? `base:${relative(scratch, file)}` : relative(root, file);
        errors.push(`${shown}:${match[2]}:${match[3]} ${match[4]}`);
      }
      if (errors.length === before) throw new Error(`tsc failed on ${dir} without diagnostics:\n${output}`);
    }
  }
  return { checked, errors };
}
