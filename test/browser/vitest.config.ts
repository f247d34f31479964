import { defineConfig } from 'vitest/config'

// Browser tests need Chromium, so they run apart from `npm test` (which needs only Node).
export default defineConfig({
  test: {
    name: 'browser',
    root: 'test/browser',
    include: ['**/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
