// Mutation testing of the client core (`pnpm mutation`, not part of `pnpm test`: it takes minutes).
// Every surviving mutant is a behaviour no test pins; the HTML and JSON reports list them per file.
import { fileURLToPath } from 'node:url';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // pnpm does not put the runner beside @stryker-mutator/core, where Stryker looks by default.
  plugins: [fileURLToPath(import.meta.resolve('@stryker-mutator/vitest-runner'))],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // The type tests are checked by `pnpm test`; mutants are judged by the run-time suite.
  mutate: ['src/core/**/*.ts', '!src/core/types.ts', '!src/core/optional-query-param.ts'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { reportScoreTable: true, allowColor: false },
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
