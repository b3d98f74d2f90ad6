// What a browser app pays for one API's handlers: bundled (esbuild, minified, gzipped) as an app
// would, msw itself left out (the app has it anyway; ~70 kB min+gzip). Most of it is the API's spec
// and ajv, which validates requests as the server does. Both budgets keep ~20 kB of headroom.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const BUDGET = 96 * 1024;

async function importCost(entry: string): Promise<{ minified: number; gzipped: number; text: string }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: ['msw'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, text: result.outputFiles[0]!.text };
}

describe('size budget', () => {
  it.each([
    ['recruspaceHandlers', '/api/v1/client/talent-pools/', '/unified/ats/jobs'],
    ['unifiedAtsHandlers', '/unified/ats/jobs', '/api/v1/client/talent-pools/'],
  ])(`%s() costs at most ${BUDGET} bytes min+gzip, with its own spec only`, async (name, own, other) => {
    const { minified, gzipped, text } = await importCost(`import { ${name} } from '../src/index.js'; export const handlers = ${name}();`);
    console.log(`${name}: ${minified} B minified, ${gzipped} B min+gzip (budget ${BUDGET})`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
    expect(text).toContain(own); // the measurement is real: the spec is in it
    expect(text).not.toContain(other); // and the other API's spec is not
    expect(text).not.toMatch(/from\s*"node:|require\("node:/); // browser-safe: no Node built-ins
  });
});
