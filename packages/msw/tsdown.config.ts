import { defineConfig } from 'tsdown';

// Neutral: the same build runs under msw/node in tests and msw/browser in a page. The engine and
// the specs stay in @ats-sdk/mock-server (imported, not copied), msw is the user's own.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  platform: 'neutral',
  target: 'es2022',
  dts: true,
});
