// The docs users and contributors read, held to what the code does: the README's commands are the
// ones CI runs, its status and support matrix follow the manifests, every environment variable the
// code reads is documented, no test pins a Node version by hand, and package READMEs stand alone.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISHED, ROOT } from './support/packages.js';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const README = read('README.md');
const manifest = (dir: string) => JSON.parse(read(`${dir}/package.json`));
const SOURCE = /\.(ts|mts|mjs|js|cjs)$/;
const EXCLUDED = /(^|\/)(node_modules|dist|generated)\//;
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && existsSync(join(ROOT, file)));

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no "${heading}" section`);
  const rest = markdown.slice(start + heading.length + 2);
  return rest.slice(0, rest.search(/\n## /) >>> 0);
}

describe('the root README', () => {
  it('is short enough to scan: 10 to 16 kB', () => {
    const bytes = Buffer.byteLength(README);
    expect(bytes).toBeGreaterThanOrEqual(10_000);
    expect(bytes).toBeLessThan(16_000);
  });

  it('Quick start holds exactly two commands in one code block: run the main job, run the tests', () => {
    const quickStart = section(README, '## Quick start');
    const blocks = [...quickStart.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim().split('\n'));
    expect(blocks).toEqual([['./scripts/with-toolchain.sh pnpm start', './scripts/with-toolchain.sh pnpm test']]);
  });

  it(".ci/run runs exactly the README's test command", () => {
    const testCommand = section(README, '## Quick start').match(/^\.\/scripts\/with-toolchain\.sh pnpm test$/m)![0];
    const commands = read('.ci/run').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
    expect(commands.some((line) => line === testCommand || line.startsWith(`${testCommand} `) || line.startsWith(`${testCommand} 2>&1 |`))).toBe(true);
  });

  it('states the version and that the packages are unpublished, and how to install them', () => {
    const versions = new Set(PUBLISHED.map(({ dir }) => manifest(dir).version));
    expect(versions.size).toBe(1);
    expect(README).toContain(`**Status: version ${[...versions][0]}, unpublished until the first release.**`);
    expect(section(README, '## Install')).toContain('npm install @ats-sdk/client');
  });

  it("support matrix: each package's Node range is its engines field, here and in its own README", () => {
    const support = section(README, '## Support');
    for (const { name, dir } of PUBLISHED) {
      const range = manifest(dir).engines.node as string;
      const row = support.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, name).toContain(`| \`${range}\` |`);
      expect(read(`${dir}/README.md`), `${dir}/README.md`).toContain(range);
    }
    const example = read('examples/github-actions.yml');
    expect(example).toContain(`@ats-sdk/mock-server (Node ${manifest('packages/mock-server').engines.node})`);
    expect(example).toContain(`@ats-sdk/client (Node ${manifest('packages/client').engines.node})`);
  });

  it('types no benchmark figure (bench/README.md is generated from the results)', () => {
    expect(README).not.toMatch(/\d\s*(µs|ms|req\/s)\b/);
    expect(README).toContain('[bench/README.md](bench/README.md)');
  });

  it('links only to files that exist', () => {
    const links = [...README.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1]!).filter((link) => !/^https?:/.test(link));
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((link) => !existsSync(join(ROOT, link)))).toEqual([]);
  });
});

describe('package READMEs', () => {
  it.each(PUBLISHED)('$name stands alone on npm: no link into the repository by relative path', ({ dir }) => {
    const links = [...read(`${dir}/README.md`).matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.filter((link) => !/^(https?:|#)/.test(link))).toEqual([]);
  });

  it("the mock server's CLI synopsis is the CLI's own usage line", () => {
    const help = execFileSync(process.execPath, [join(ROOT, 'packages/mock-server/bin/ats-mock.mjs'), '--help'], { encoding: 'utf8' });
    const usage = /^Usage: (ats-mock .*)$/m.exec(help)![1];
    const synopsis = read('packages/mock-server/README.md').split('\n').find((line) => line.startsWith('ats-mock ['));
    expect(synopsis).toBe(usage);
  });
});

describe('environment variables', () => {
  const READS = [/\bprocess\.env\.([A-Z][A-Z0-9_]*)/g, /\bprocess\.env\[['"]([A-Z][A-Z0-9_]*)['"]\]/g, /\benv\.([A-Z][A-Z0-9_]*)\b/g];

  function variablesRead(): Map<string, string> {
    const found = new Map<string, string>();
    for (const file of tracked.filter((f) => SOURCE.test(f) && !EXCLUDED.test(f))) {
      const text = read(file);
      for (const pattern of READS) for (const match of text.matchAll(pattern)) if (!found.has(match[1]!)) found.set(match[1]!, file);
    }
    return found;
  }

  it('every variable the code reads is documented in CONTRIBUTING.md, the README or a package README', () => {
    const docs = ['README.md', 'CONTRIBUTING.md', ...tracked.filter((f) => /^packages\/[^/]+\/README\.md$/.test(f))].map(read).join('\n');
    const found = variablesRead();
    expect(found.size).toBeGreaterThan(5); // the scan sees the code: CI, CHROMIUM_PATH, the live-API variables, …
    const undocumented = [...found].filter(([name]) => !docs.includes(`\`${name}\``)).map(([name, file]) => `${name} (read in ${file})`);
    expect(undocumented).toEqual([]);
  });

  it('no code relies on the machine having a particular Node at a fixed path', () => {
    const offenders = tracked
      .filter((f) => (SOURCE.test(f) || f.endsWith('.sh') || f === '.ci/run') && !EXCLUDED.test(f) && f !== 'tests/release/docs.test.ts')
      .filter((f) => /\/usr\/(local\/)?bin\/node\b|ATS_SDK_SYSTEM_NODE/.test(read(f)));
    expect(offenders).toEqual([]);
  });
});

describe('Node versions in tests', () => {
  it('no test pins a Node version by hand: lines come from the engines fields and scripts/toolchain/node-lines.mjs', () => {
    const self = 'tests/release/docs.test.ts'; // its own comment shows what a pin looks like
    const tests = tracked.filter((f) => /(^|\/)test\/|\.test(-d)?\.ts$/.test(f) && SOURCE.test(f) && !EXCLUDED.test(f) && !f.includes('fixtures/') && f !== self);
    // A string literal naming a Node version: 'v24.', "Node 22", `node20`, …
    const pin = /(['"`])[^'"`\n]*?\b(v2\d\.|[Nn]ode ?v?2\d\b)[^'"`\n]*?\1/;
    expect(tests.length).toBeGreaterThan(10);
    expect(tests.filter((f) => pin.test(read(f)))).toEqual([]);
  });
});

