import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The end-to-end tests run the built dist/ and sample real processes; two cores are all we have.
    maxWorkers: 2,
    // Tests never reach the internet: TCP outside loopback fails in every test process.
    setupFiles: ['test/harness/loopback-only.mjs'],
  },
});
