// Fails when an operation in a spec has no contract test, or a test names an operation that is gone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listOperations } from '@ats-sdk/spec/testing';
import type { ApiName } from './support/targets.js';

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : testFiles(full);
    return name.endsWith('.test.ts') ? [full] : [];
  });
}

const covered = new Set(
  testFiles(import.meta.dirname).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/describeOperation\(\s*'([\w-]+)',\s*'(\w+)'/g)].map((m) => `${m[1]} ${m[2]}`),
  ),
);

describe.each<ApiName>(['recruspace', 'unified-ats'])('%s contract coverage', (api) => {
  const operations = listOperations(api).map((o) => `${api} ${o.operationId}`);

  it('has a contract test for every operation in the spec', () => {
    expect(operations.filter((o) => !covered.has(o))).toEqual([]);
  });

  it('has no contract test for an operation the spec lacks', () => {
    const stale = [...covered].filter((c) => c.startsWith(`${api} `) && !operations.includes(c));
    expect(stale).toEqual([]);
  });
});
