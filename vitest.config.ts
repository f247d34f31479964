import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const packages = [
  'shared',
  'services/usps',
  'services/stamps',
  'services/shipstation',
  'scenarios',
  'msw',
  'examples/shipping-client',
  'test',
]

// One project per package, as Hono runs one suite per router. JSX settings come from tsconfig.json
// (hono/jsx). Browser tests have their own config: they need Chromium, `npm test` needs only Node.
// Each package's `npm test` runs its project from here (`vitest run --root <repo> --project <name>`),
// so roots are absolute: vitest resolves a relative one against the working directory.
// Workspace packages export their build (`dist/`) to the world and their TypeScript source under
// the `source` condition: tests run the source, so they never need a build first.
const conditions = ['source', 'module', 'node', 'development|production']

export default defineConfig({
  test: {
    projects: packages.map((root) => ({
      resolve: { conditions },
      ssr: { resolve: { conditions } },
      test: {
        name: root.replace(/^(services|examples)\//, ''),
        root: fileURLToPath(new URL(root, import.meta.url)),
        include: ['**/*.test.ts', '**/*.test.tsx'],
        exclude: ['**/node_modules/**', 'browser/**'],
        testTimeout: 20_000,
      },
    })),
  },
})
