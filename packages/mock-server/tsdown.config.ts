import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/prism-worker.ts', 'src/cli.ts', 'src/vitest.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node24',
  dts: true,
  external: [/^@stoplight\//, /^vitest/],
});
