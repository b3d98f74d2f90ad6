import { defineConfig } from 'tsdown';

// ESM only: every runtime the client targets (Node 20+, Bun, Deno, browsers, workers) loads ESM.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  platform: 'neutral',
  target: 'es2022',
  dts: true,
});
