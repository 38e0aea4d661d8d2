import { defineConfig } from 'vitest/config';

// End-to-end: real Chromium with the built extension (.output/chrome-mv3). `npm run build` first.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machine has two cores, and each test owns a whole browser.
    fileParallelism: false,
  },
});
