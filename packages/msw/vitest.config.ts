import { defineConfig } from 'vitest/config';

// Hooks start mock servers (and Chromium): on a loaded machine that takes longer than vitest's 10 s.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000, typecheck: { include: ['test/**/*.test-d.ts'] } } });
