import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { globalSetup: ['./test/mock-server.ts'], hookTimeout: 60_000 } });
