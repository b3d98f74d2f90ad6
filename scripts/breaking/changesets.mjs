// Does the next release of the fixed group carry a breaking change's version bump? The pending
// changesets are turned into a release plan by @changesets/get-release-plan (so `fixed` groups,
// pre mode and config are honoured exactly as `changeset version` will), and the planned version is
// compared with the version at the base ref: major from 1.0.0 on, minor while 0.x (semver item 4).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import getReleasePlanModule from '@changesets/get-release-plan';
import { existsAt, showAt } from './git.mjs';

const getReleasePlan = getReleasePlanModule.default ?? getReleasePlanModule;

const parse = (version) => {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version ?? '');
  if (!match) throw new Error(`not a semver version: ${version}`);
  return match.slice(1, 4).map(Number);
};

/** The bump a breaking change needs from `version`: `major`, or `minor` while 0.x. */
export const requiredBump = (version) => (parse(version)[0] === 0 ? 'minor' : 'major');

/** Whether going from `from` to `to` is at least the bump a breaking change needs. */
export function coversBreaking(from, to) {
  const [fromMajor, fromMinor] = parse(from);
  const [toMajor, toMinor] = parse(to);
  if (toMajor > fromMajor) return true;
  return fromMajor === 0 && toMajor === 0 && toMinor > fromMinor;
}

/** Directory (relative to root) of each published package, by name: they all live in packages/. */
function packageDirs(root) {
  const dirs = new Map();
  for (const entry of readdirSync(join(root, 'packages'), { withFileTypes: true })) {
    const manifest = join(root, 'packages', entry.name, 'package.json');
    if (entry.isDirectory() && existsSync(manifest)) {
      dirs.set(JSON.parse(readFileSync(manifest, 'utf8')).name, `packages/${entry.name}`);
    }
  }
  return dirs;
}

/**
 * @returns {Promise<{ group: string[], base?: string, next?: string, required?: string, ok: boolean, detail: string }>}
 */
export async function checkReleaseLevel(root, baseCommit) {
  const config = JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8'));
  const group = config.fixed?.[0] ?? [];
  if (!group.length) return { group, ok: false, detail: '.changeset/config.json has no fixed group to check' };

  const plan = await getReleasePlan(root);
  const planned = new Map(plan.releases.map((release) => [release.name, release]));
  const dirs = packageDirs(root);

  for (const name of group) {
    const dir = dirs.get(name);
    if (!dir) throw new Error(`fixed-group package ${name} not found under packages/`);
    const current = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')).version;
    const next = planned.get(name)?.newVersion ?? current;
    if (!existsAt(root, baseCommit, `${dir}/package.json`)) continue; // not released at base
    const base = JSON.parse(showAt(root, baseCommit, `${dir}/package.json`)).version;
    const required = requiredBump(base);
    const ok = coversBreaking(base, next);
    const changesets = plan.changesets.map((c) => `.changeset/${c.id}.md`).join(', ') || 'no pending changesets';
    return {
      group,
      base,
      next,
      required,
      ok,
      detail: ok
        ? `${name} goes ${base} → ${next}, a ${required} (or larger) release as a breaking change needs (${changesets}).`
        : `${name} would go ${base} → ${next} (${changesets}); a breaking change needs a ${required} bump of the fixed group (${group.join(', ')}). Add one with \`pnpm changeset\`.`,
    };
  }
  return { group, ok: true, detail: 'the fixed group is not released at the base yet; no version to protect.' };
}
