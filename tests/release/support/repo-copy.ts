// A throwaway copy of this repo as a fresh clone would have it: the tracked files as they are now
// (committed or not), in a git repository of its own, installed offline from the local pnpm store.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './packages.js';

/** The environment of a user's shell: without what `pnpm run` and turbo export to this test. */
export function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([k]) => !/^(npm_|pnpm_|PNPM_|TURBO_(?!TELEMETRY)|VITEST|TEST$)/i.test(k));
  return { ...Object.fromEntries(inherited), ...extra };
}

export function copyRepo(prefix: string): { dir: string; sh: (cmd: string, args: string[], cwd?: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const sh = (cmd: string, args: string[], cwd = dir) =>
    execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: userEnv({ CI: '1', npm_config_offline: 'true' }) });
  for (const file of sh('git', ['ls-files', '--cached', '--others', '--exclude-standard'], ROOT).split('\n').filter(Boolean)) {
    if (!existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  sh('pnpm', ['install', '--frozen-lockfile', '--ignore-scripts', '--reporter=silent']);
  sh('git', ['init', '-q', '-b', 'main']);
  sh('git', ['add', '-A']);
  sh('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-qm', 'base', '--allow-empty']);
  return { dir, sh };
}
