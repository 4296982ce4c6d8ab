import { defineConfig } from 'vitest/config';

// E2E in Chromium against the loopback bridge and the built renderer (build/renderer): one file at a time,
// because every file drives the one session that the global setup starts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
