// The pull-request check that a change users will receive comes with a changeset.
//
//   node scripts/check-changeset.mjs --since origin/main
//
// `changeset status` only counts files inside a package's folder, but the published packages are
// also built from spec/<api>/: a spec-only change alters the mock's bundled specs and the generated
// types, so it needs a changeset too. A change "ships" when it touches a published package outside
// its tests and docs, or a spec source. Any changeset naming a package of the fixed group satisfies
// the check; an empty one (`pnpm changeset --empty`) records on purpose that no release is needed.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Spec sources outside the packages that end up in what the packages ship. */
const SHIPPED_SOURCES = [/^spec\/recruspace\//, /^spec\/unified-ats\//];
/** Inside a published package: what does not change what users install and run. */
const NOT_SHIPPED = [/(^|\/)test\//, /\.test(-d)?\.ts$/, /(^|\/)(README|CHANGELOG)\.md$/];

const args = process.argv.slice(2);
const since = args[args.indexOf('--since') + 1];
if (!args.includes('--since') || !since) {
  console.error('usage: node scripts/check-changeset.mjs --since <git ref, e.g. origin/main>');
  process.exit(2);
}

const git = (...argv) => execFileSync('git', argv, { encoding: 'utf8' });
const config = JSON.parse(readFileSync('.changeset/config.json', 'utf8'));
const group = new Set(config.fixed.flat());
const packageDirs = readdirSync('packages', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({ dir: `packages/${entry.name}/`, name: JSON.parse(readFileSync(join('packages', entry.name, 'package.json'), 'utf8')).name }))
  .filter(({ name }) => group.has(name));

const changed = git('diff', '--name-only', `${since}...HEAD`).split('\n').filter(Boolean);
const shipped = changed.filter((file) => {
  if (SHIPPED_SOURCES.some((pattern) => pattern.test(file))) return true;
  const pkg = packageDirs.find(({ dir }) => file.startsWith(dir));
  return Boolean(pkg) && !NOT_SHIPPED.some((pattern) => pattern.test(file.slice(pkg.dir.length)));
});

const changesets = git('diff', '--name-only', '--diff-filter=AM', `${since}...HEAD`, '--', '.changeset/')
  .split('\n')
  .filter((file) => /^\.changeset\/[^/]+\.md$/.test(file) && !file.endsWith('/README.md'));
const named = changesets.map((file) => {
  const frontmatter = /^---\r?\n([\s\S]*?)^---/m.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return [...frontmatter.matchAll(/^\s*["']?([^"':\s]+)["']?\s*:/gm)].map((match) => match[1]);
});
const covered = named.some((names) => names.length === 0 || names.some((name) => group.has(name)));

if (shipped.length > 0 && !covered) {
  console.error(`These changes since ${since} reach users of ${[...group].join(', ')}, but no changeset names them:`);
  for (const file of shipped) console.error(`  ${file}`);
  console.error('Run `pnpm changeset` (or `pnpm changeset --empty` when no release is needed) and commit the file.');
  process.exit(1);
}
console.log(
  shipped.length === 0
    ? `No change since ${since} reaches the published packages.`
    : `${shipped.length} shipped file(s) since ${since}, covered by ${changesets.join(', ')}.`,
);
