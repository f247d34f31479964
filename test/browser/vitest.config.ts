import { defineConfig } from 'vitest/config'

// As in the root config: workspace packages resolve to their TypeScript source, never dist/.
const conditions = ['source', 'module', 'node', 'development|production']

// Browser tests need Chromium, so they run apart from `npm test` (which needs only Node).
export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    name: 'browser',
    root: 'test/browser',
    include: ['**/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
