// `pnpm start` and `pnpm mock`: build what the mock needs, then serve both APIs until Ctrl-C.
//
//   node scripts/mock.mjs --build all|mock [ats-mock options…]   (default port 4010)
//
// Node rather than `turbo run build && …` in package.json: Ctrl-C signals the terminal's whole
// process group, and a shell running `a && b` dies of that signal, so pnpm printed "ELIFECYCLE
// Command failed" and exited 130 although the mock had stopped cleanly. Here the mock handles the
// signal (it got it too), this process waits for it and exits with its code: 0 on a clean stop.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const buildIndex = args.indexOf('--build');
const scope = buildIndex >= 0 ? args.splice(buildIndex, 2)[1] : 'all';
if (scope !== 'all' && scope !== 'mock') {
  console.error(`scripts/mock.mjs: --build must be "all" or "mock" (got "${scope}").`);
  process.exit(2);
}

// `all`: the whole chain (lint, bundle, generate, build every package, the HTML reference);
// `mock`: only the mock server and what it is built from. Either is a cache hit when nothing changed.
const filter = scope === 'mock' ? ['--filter=@ats-sdk/mock-server...'] : [];
const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', ...filter], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const cli = fileURLToPath(new URL('../packages/mock-server/bin/ats-mock.mjs', import.meta.url));
const withDefaults = args.includes('--port') ? args : ['--port', '4010', ...args];
const mock = spawn(process.execPath, [cli, ...withDefaults], { cwd: root, stdio: 'inherit' });

// A signal sent to this process alone (not the group) must still stop the mock; SIGTERM is safe to
// repeat (the mock's shutdown is idempotent), so a Ctrl-C that reached both does no harm. Once we
// have asked it to stop, its ending by that signal is the clean stop we asked for.
let stopRequested = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopRequested = true;
    mock.kill('SIGTERM');
  });
}
mock.on('exit', (code, signal) => process.exit(code ?? (signal && !(stopRequested && signal === 'SIGTERM') ? 1 : 0)));
