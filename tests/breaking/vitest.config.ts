import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end cases spawn Redocly and tsc; one file at a time leaves the other packages'
    // tests, which turbo runs alongside, their share of a two-core machine.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
