// The git side of the gate: which ref is "before", and the files of a path at that ref.
import { execFileSync } from 'node:child_process';

const git = (root, args, options = {}) =>
  execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options }).trim();

const commitOf = (root, ref) => {
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    return undefined;
  }
};

/**
 * `--base` if given; else the latest release tag of the fixed group reachable from HEAD (what users
 * have now); else `origin/main` (unless HEAD is origin/main itself); else `HEAD~1`.
 * @returns {{ ref: string, commit: string, reason: string }}
 */
export function resolveBase(root, explicit) {
  if (explicit) {
    const commit = commitOf(root, explicit);
    if (!commit) throw new Error(`--base ${explicit}: no such commit, branch or tag in ${root}`);
    return { ref: explicit, commit, reason: 'given with --base' };
  }
  let tag;
  try {
    tag = git(root, ['describe', '--tags', '--abbrev=0', '--match', '@ats-sdk/*@*', 'HEAD']);
  } catch {
    tag = undefined;
  }
  if (tag) return { ref: tag, commit: commitOf(root, tag), reason: 'latest release tag' };
  const head = commitOf(root, 'HEAD');
  const main = commitOf(root, 'origin/main');
  if (main && main !== head) return { ref: 'origin/main', commit: main, reason: 'no release tag yet' };
  const parent = commitOf(root, 'HEAD~1');
  if (parent) return { ref: 'HEAD~1', commit: parent, reason: 'no release tag and no origin/main apart from HEAD' };
  throw new Error('no base to compare with: no release tag, no origin/main and no parent commit. Pass --base <ref>.');
}

/** Whether `path` exists at `commit`. */
export const existsAt = (root, commit, path) => {
  try {
    git(root, ['cat-file', '-e', `${commit}:${path}`]);
    return true;
  } catch {
    return false;
  }
};

/** One file's text at `commit`. */
export const showAt = (root, commit, path) => git(root, ['show', `${commit}:${path}`]);

/** Writes the given paths as they are at `commit` under `target` (same relative layout). */
export function exportPaths(root, commit, paths, target) {
  const present = paths.filter((path) => existsAt(root, commit, path));
  if (!present.length) return [];
  const archive = execFileSync('git', ['-C', root, 'archive', '--format=tar', commit, '--', ...present], {
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', target], { input: archive });
  return present;
}
