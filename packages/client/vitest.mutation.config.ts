// The run-time suite as `pnpm mutation` runs it: no type tests (they cannot kill a run-time mutant)
// and no test of the built dist/ (mutants live in src/).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      typecheck: { enabled: false },
      exclude: ['test/node-versions.test.ts', 'test/generated.test.ts', '**/node_modules/**'],
    },
  }),
);
