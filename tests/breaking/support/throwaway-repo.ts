// A throwaway git repository shaped like this one, small enough for the whole gate to run in seconds:
// the fixture spec as `spec/recruspace`, the real bundler and type generator, the fixed group's three
// package manifests at 0.1.0, a tiny client and one "contract test" that uses it. Dependencies are
// symlinked from this workspace; the initial commit is tagged as the release users have.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'scripts/breaking/cli.mjs');
export const RELEASE_TAG = '@ats-sdk/client@0.1.0';

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'gate test',
  GIT_AUTHOR_EMAIL: 'gate@example.test',
  GIT_COMMITTER_NAME: 'gate test',
  GIT_COMMITTER_EMAIL: 'gate@example.test',
};

const clientSource = `import createClient from 'openapi-fetch';
import type { paths } from '@ats-sdk/types/recruspace';

export const createRecruspaceClient = (baseUrl: string) => createClient<paths>({ baseUrl });
`;

/** What the released version's users wrote: it must keep type-checking. */
const usageSource = `import { createRecruspaceClient } from '@ats-sdk/client';

const client = createRecruspaceClient('http://127.0.0.1:1');
export const one = client.GET('/candidates/{candidate_id}', { params: { path: { candidate_id: 1 } } });
`;

export interface GateRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export class ThrowawayRepo {
  readonly dir = mkdtempSync(join(tmpdir(), 'ats-breaking-e2e-'));

  constructor() {
    const real = (path: string) => join(ROOT, path);
    this.write('.gitignore', 'node_modules\ndist\n'); // no trailing slash: the node_modules are symlinks
    this.write('package.json', JSON.stringify({ name: 'throwaway', private: true }, null, 2));
    this.write('pnpm-workspace.yaml', 'packages:\n  - spec\n  - packages/*\n');
    this.write('redocly.yaml', 'telemetry: off\napis:\n  recruspace:\n    root: spec/recruspace/openapi.yaml\n');
    this.copy('tsconfig.base.json');
    this.copy('.changeset/config.json');
    this.copy('spec/package.json');
    this.copy('spec/scripts');
    this.write('spec/recruspace/openapi.yaml', readFileSync(new URL('../fixtures/base.openapi.yaml', import.meta.url), 'utf8'));
    this.link('spec/node_modules', real('spec/node_modules'));
    for (const name of ['types', 'client', 'mock-server']) {
      this.write(`packages/${name}/package.json`, JSON.stringify({ name: `@ats-sdk/${name}`, version: '0.1.0' }, null, 2));
    }
    this.copy('packages/types/scripts/render-types.mjs');
    for (const dependency of ['openapi-typescript', 'typescript']) {
      this.link(`packages/types/node_modules/${dependency}`, realpathSync(real(`packages/types/node_modules/${dependency}`)));
    }
    this.link('packages/types/node_modules/@ats-sdk/spec', join(this.dir, 'spec'));
    this.write('packages/client/src/index.ts', clientSource);
    this.link('packages/client/node_modules', real('packages/client/node_modules'));
    this.write('tests/contract/usage.ts', usageSource);
    this.link('tests/contract/node_modules', real('tests/contract/node_modules'));
    this.git('init', '-q', '-b', 'main');
    this.commit('release 0.1.0');
    this.git('tag', RELEASE_TAG);
  }

  write(path: string, text: string) {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), text);
  }

  read(path: string) {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  /** Rewrites a file of the working tree. */
  edit(path: string, change: (text: string) => string) {
    this.write(path, change(this.read(path)));
  }

  git(...args: string[]) {
    return execFileSync('git', args, { cwd: this.dir, env: gitEnv, encoding: 'utf8' });
  }

  commit(message: string) {
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
  }

  /** Back to the released state: drops edits and new files (ignored node_modules stay). */
  reset() {
    this.git('checkout', '-q', RELEASE_TAG, '--', '.');
    this.git('reset', '-q', '--hard', RELEASE_TAG);
    this.git('clean', '-fdq');
  }

  /** Runs `pnpm breaking` (the same script) inside the throwaway repository. */
  gate(...args: string[]): GateRun {
    const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, ...args], {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    });
    return { code: status, stdout, stderr };
  }

  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private copy(path: string) {
    cpSync(join(ROOT, path), join(this.dir, path), { recursive: true });
  }

  private link(path: string, target: string) {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    symlinkSync(target, join(this.dir, path), 'dir');
  }
}
