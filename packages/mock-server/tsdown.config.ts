import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', 'prism-worker': 'src/prism-worker.ts', cli: 'src/cli.ts', vitest: 'src/vitest.ts', engine: 'src/engine/index.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node24',
  dts: true,
  // ajv is ~100 CommonJS files: resolved and read one by one, they were a third of the worker's
  // start-up. Bundled, they load as one.
  deps: {
    neverBundle: [/^@stoplight\//, /^vitest/],
    alwaysBundle: ['ajv', /^ajv\//, 'ajv-formats', /^ajv-formats\//, 'fast-deep-equal', 'json-schema-traverse', 'fast-uri', /^fast-uri\//, 'require-from-string'],
  },
});
