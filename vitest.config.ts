import { defineConfig } from 'vitest/config'

const jsx = { jsx: 'automatic', jsxImportSource: 'hono/jsx' } as const

// One project per package, as Hono runs one suite per router; browser tests have their own config.
export default defineConfig({
  esbuild: jsx,
  test: {
    projects: [
      'shared',
      'services/usps',
      'services/stamps',
      'services/shipstation',
      'scenarios',
      'test',
    ].map((root) => ({
      esbuild: jsx,
      test: {
        name: root.replace('services/', ''),
        root,
        include: ['**/*.test.ts', '**/*.test.tsx'],
        exclude: ['**/node_modules/**', 'browser/**'],
        testTimeout: 20_000,
      },
    })),
  },
})
