// Packs each published package once per run with pnpm (as `changeset publish` would: `workspace:`
// ranges become real versions) into a scratch folder; the tests read the tarballs' paths.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PUBLISHED, ROOT, type PublishedName } from './packages.js';

declare module 'vitest' {
  export interface ProvidedContext {
    tarballs: Record<PublishedName, string>;
  }
}

export default function setup(project: TestProject) {
  const out = mkdtempSync(join(tmpdir(), 'ats-sdk-pack-'));
  const tarballs = {} as Record<PublishedName, string>;
  for (const { name, dir } of PUBLISHED) {
    const before = new Set(readdirSync(out));
    execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: join(ROOT, dir), stdio: ['ignore', 'ignore', 'inherit'] });
    const created = readdirSync(out).find((f) => !before.has(f));
    if (!created) throw new Error(`pnpm pack produced nothing for ${name}`);
    tarballs[name] = join(out, created);
  }
  project.provide('tarballs', tarballs);
  return () => rmSync(out, { recursive: true, force: true });
}
