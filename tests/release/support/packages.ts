import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The published packages, in dependency order. */
export const PUBLISHED = [
  { name: '@ats-sdk/types', dir: 'packages/types' },
  { name: '@ats-sdk/client', dir: 'packages/client' },
  { name: '@ats-sdk/mock-server', dir: 'packages/mock-server' },
] as const;

export type PublishedName = (typeof PUBLISHED)[number]['name'];

/** Runs a binary from this package's node_modules/.bin. */
export const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
