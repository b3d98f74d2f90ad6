import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The published packages, in dependency order. */
export const PUBLISHED = [
  { name: '@ats-sdk/types', dir: 'packages/types' },
  { name: '@ats-sdk/client', dir: 'packages/client' },
  { name: '@ats-sdk/mock-server', dir: 'packages/mock-server' },
  { name: '@ats-sdk/msw', dir: 'packages/msw' },
] as const;

export type PublishedName = (typeof PUBLISHED)[number]['name'];

/** Runs a binary from this package's node_modules/.bin. */
export const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

/** The oldest Node major a published package supports, from its `engines.node` (written `>=X.Y`). */
export function minNodeMajor(name: PublishedName): number {
  const { dir } = PUBLISHED.find((p) => p.name === name)!;
  const range: string = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')).engines.node;
  const match = /^>=(\d+)(\.\d+){0,2}$/.exec(range);
  if (!match) throw new Error(`${name}: engines.node must read ">=X.Y" (got "${range}").`);
  return Number(match[1]);
}
