// The Node binaries the tests run the packed packages on, one per supported release line, installed
// from the npm registry (the `node` package) into scripts/toolchain/ and cached there, exactly as
// scripts/with-toolchain.sh gets Node 24. Nothing here looks at the machine's own Node, so the tests
// behave the same on a GitHub runner, macOS, nvm or a bare Debian box.
//
//   import { nodeBinary } from '<root>/scripts/toolchain/node-lines.mjs';
//   const node20 = nodeBinary(20); // installs on first use, then a path lookup
//
// CLI: `node scripts/toolchain/node-lines.mjs [major…]` installs the given (default: all) lines and
// prints their paths; CI runs it once before the tests so its cache step can keep the binaries.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TOOLCHAIN = dirname(fileURLToPath(import.meta.url));

/** Each line's folder: its own package.json and lockfile pinning `node` exactly. Line 24 is the toolchain's own. */
const FOLDERS = { 20: 'node20', 22: 'node22', 24: '.' };

/** The release lines with a pinned binary, oldest first. */
export const NODE_LINES = Object.keys(FOLDERS).map(Number);

/** The exact version pinned for a line, read from its package.json. */
export function pinnedVersion(major) {
  const folder = folderOf(major);
  return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).dependencies.node;
}

/** The path of the pinned Node binary of a line, installing it from the npm registry on first use. */
export function nodeBinary(major) {
  const folder = folderOf(major);
  const binary = join(folder, 'node_modules', '.bin', 'node');
  if (installedVersion(binary) === pinnedVersion(major)) return binary;
  withLock(folder, () => {
    if (installedVersion(binary) === pinnedVersion(major)) return;
    process.stderr.write(`› Installing Node ${pinnedVersion(major)} into ${folder} (npm registry)…\n`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: folder,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
  });
  const version = installedVersion(binary);
  if (version !== pinnedVersion(major)) {
    throw new Error(`Installing Node ${pinnedVersion(major)} into ${folder} left ${version ?? 'nothing'} at ${binary}.`);
  }
  return binary;
}

function folderOf(major) {
  const folder = FOLDERS[major];
  if (!folder) throw new Error(`No pinned Node ${major}: the lines are ${NODE_LINES.join(', ')} (scripts/toolchain/node-lines.mjs).`);
  return join(TOOLCHAIN, folder);
}

function installedVersion(binary) {
  if (!existsSync(binary)) return undefined;
  try {
    return execFileSync(binary, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/** Two test processes may want the same line at once (turbo runs packages in parallel): one installs. */
function withLock(folder, fn) {
  const lock = join(folder, '.installing');
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock older than the deadline was left by a killed installer.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another install of ${folder} (remove ${lock} if none runs).`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const majors = process.argv.slice(2).map(Number);
  for (const major of majors.length ? majors : NODE_LINES) console.log(`${major} ${nodeBinary(major)}`);
}
