import { defineConfig } from 'vitest/config';

// Three kinds of test, named by what they need: nothing (unit), a built dist/ (dist), and a
// browser on a served build (browser). tests/run-all.mjs runs unit first, then builds, then the
// other two, two files at a time. Timeouts are generous so the suite passes on a busy machine; no
// test races a clock.
export default defineConfig({
  test: {
    // One worker a core: Vitest leaves a core free by default, which on two cores is one file at a time.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 } },
      {
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
