// What an app pays to import the client, and proof the types package is types only.
import { execFile } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, inject, it } from 'vitest';

const run = promisify(execFile);
// Bytes, minified + gzipped, openapi-fetch included (the serializers the client uses, ~1.1 kB): the path client alone.
const BUDGET = 6 * 1024;
const RESOURCE_BUDGET = 10 * 1024; // the same, for the resource client of both APIs (every operation)

/** What esbuild puts in an app's bundle for `entry` (ESM, minified, every dependency inlined). */
async function bundled(entry: string): Promise<Uint8Array> {
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
  return result.outputFiles[0]!.contents;
}

async function importCost(entry: string): Promise<{ minified: number; gzipped: number }> {
  const code = await bundled(entry);
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

describe('size budget', () => {
  it(`importing createRecruspaceClient costs at most ${BUDGET} bytes min+gzip`, async () => {
    const { gzipped, minified } = await importCost(
      "import { createRecruspaceClient } from '@ats-sdk/client'; export const c = createRecruspaceClient({ apiKey: 'k' });",
    );
    console.log(`createRecruspaceClient: ${minified} B minified, ${gzipped} B min+gzip (budget ${BUDGET})`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
    expect(gzipped).toBeGreaterThan(1000); // openapi-fetch's serializers alone are ~1.1 kB: the measurement is real
  });

  it(`importing the resource clients of both APIs costs at most ${RESOURCE_BUDGET} bytes min+gzip`, async () => {
    const path = await importCost("import { createRecruspaceClient } from '@ats-sdk/client'; export const c = createRecruspaceClient({ apiKey: 'k' });");
    const { gzipped, minified } = await importCost(
      "import { createRecruspace, createUnifiedAts } from '@ats-sdk/client'; export const rs = createRecruspace({ apiKey: 'k' }); export const ua = createUnifiedAts({ token: 't', integratedAccountId: 'a' });",
    );
    console.log(`createRecruspace + createUnifiedAts: ${minified} B minified, ${gzipped} B min+gzip (budget ${RESOURCE_BUDGET})`);
    expect(gzipped).toBeLessThanOrEqual(RESOURCE_BUDGET);
    // The resource layer is really in it (every route of both specs), and not in the path client alone.
    expect(gzipped).toBeGreaterThan(path.gzipped);
  });

  it('the path client alone carries no resource table', async () => {
    const code = await bundled("import { createRecruspaceClient } from '@ats-sdk/client'; export const c = createRecruspaceClient();");
    expect(new TextDecoder().decode(code)).not.toContain('/api/v1/client/candidates/add-note/');
  });

  it('the types package ships no runtime code', async () => {
    const { stdout } = await run('tar', ['tzf', inject('tarballs')['@ats-sdk/types']]);
    const files = stdout.trim().split('\n');
    const code = files.filter((f) => /\.(m|c)?js$/.test(f));
    expect(code).toEqual([]);
    expect(files.filter((f) => f.endsWith('.d.ts')).length).toBeGreaterThanOrEqual(2);
  });
});
