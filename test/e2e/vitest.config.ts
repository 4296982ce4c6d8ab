import { defineConfig } from 'vitest/config';

// E2E in Chromium against the loopback bridge and the built renderer (build/renderer): one file at a time, because
// every file drives the one session that the global setup starts. Each file works on plans of its own in a folder of
// its own (fixtures.ts), so the files run in a random order: a file that leaned on another's state would show it.
// Waits are on conditions; the limits below only bound them on a busy machine (a poll's default of 1 s is not enough
// when the machine is loaded, and says nothing a condition does not).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    sequence: { shuffle: { files: true, tests: false } },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
