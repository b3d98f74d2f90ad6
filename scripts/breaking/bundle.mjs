// Bundles the specs of both sides the same way: with this working tree's bundler (spec/scripts,
// Redocly). The working tree is bundled in place, exactly as `pnpm bundle` does; the base ref's spec
// sources are exported to a temporary tree that borrows this tree's scripts and node_modules.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportPaths } from './git.mjs';

const runBundler = (specDir) =>
  execFileSync(process.execPath, [join(specDir, 'scripts/bundle.mjs')], {
    cwd: specDir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });

/** spec/scripts/apis.mjs of a spec tree: the API list and where its bundler writes each bundle. */
const apisModule = (specDir) => import(pathToFileURL(join(specDir, 'scripts/apis.mjs')).href);

/** The published (open) bundle of each API the bundler wrote, by API name. */
async function readBundles(specDir) {
  const { apis, bundlePath } = await apisModule(specDir);
  return Object.fromEntries(
    apis
      .map(({ name }) => [name, bundlePath(name)])
      .filter(([, path]) => existsSync(path))
      .map(([name, path]) => [name, JSON.parse(readFileSync(path, 'utf8'))]),
  );
}

/** The APIs this working tree describes (spec/scripts/apis.mjs). */
export const loadApis = async (root) => (await apisModule(join(root, 'spec'))).apis;

/** Bundles the working tree's specs into spec/dist and returns them by API name. */
export async function bundleWorkingTree(root) {
  const specDir = join(root, 'spec');
  runBundler(specDir);
  return readBundles(specDir);
}

/** Bundles the specs as they are at `commit`, inside `scratch`, and returns them by API name. */
export async function bundleAtCommit(root, commit, scratch) {
  mkdirSync(scratch, { recursive: true });
  const exported = exportPaths(root, commit, ['spec', 'redocly.yaml'], scratch);
  if (!exported.includes('spec')) return {};
  const specDir = join(scratch, 'spec');
  rmSync(join(specDir, 'scripts'), { recursive: true, force: true });
  rmSync(join(specDir, 'dist'), { recursive: true, force: true });
  rmSync(join(specDir, 'node_modules'), { recursive: true, force: true });
  cpSync(join(root, 'spec/scripts'), join(specDir, 'scripts'), { recursive: true });
  symlinkSync(join(root, 'spec/node_modules'), join(specDir, 'node_modules'), 'dir');
  if (existsSync(join(root, 'node_modules'))) {
    rmSync(join(scratch, 'node_modules'), { recursive: true, force: true });
    symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  }
  runBundler(specDir);
  return readBundles(specDir);
}
