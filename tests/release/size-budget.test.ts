// What an app pays to import the client, and proof the types package is types only.
import { execFile } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, inject, it } from 'vitest';

const run = promisify(execFile);
const BUDGET = 6 * 1024; // bytes, minified + gzipped, openapi-fetch included

async function importCost(entry: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

describe('size budget', () => {
  it(`importing createRecruspaceClient costs at most ${BUDGET} bytes min+gzip`, async () => {
    const { gzipped, minified } = await importCost(
      "import { createRecruspaceClient } from '@ats-sdk/client'; export const c = createRecruspaceClient({ apiKey: 'k' });",
    );
    console.log(`createRecruspaceClient: ${minified} B minified, ${gzipped} B min+gzip (budget ${BUDGET})`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
    expect(gzipped).toBeGreaterThan(1000); // openapi-fetch alone is ~2.6 kB: the measurement is real
  });

  it('the types package ships no runtime code', async () => {
    const { stdout } = await run('tar', ['tzf', inject('tarballs')['@ats-sdk/types']]);
    const files = stdout.trim().split('\n');
    const code = files.filter((f) => /\.(m|c)?js$/.test(f));
    expect(code).toEqual([]);
    expect(files.filter((f) => f.endsWith('.d.ts')).length).toBeGreaterThanOrEqual(2);
  });
});
