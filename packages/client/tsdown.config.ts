import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsdown';

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { version: string };

// ESM only: every runtime the client targets (Node 20+, Bun, Deno, browsers, workers) loads ESM.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  // The User-Agent names the SDK's version (src/sdk-version.d.ts).
  define: { __SDK_VERSION__: JSON.stringify(version) },
});
