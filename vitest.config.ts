import { defineConfig } from 'vitest/config';

// Unit and integration tests in plain Node. E2E (Chromium) has its own config: test/e2e/vitest.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
