import { defineConfig } from 'vitest/config';

// Nothing to start: each test file imports ./test/msw.ts, which installs the handlers around it.
export default defineConfig({ test: {} });
