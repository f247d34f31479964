// The one build of every workspace package: ESM JavaScript for Node 20+ with bundled type
// declarations in dist/, so users outside the repo need neither tsx nor JSX settings. Other
// workspace packages and npm dependencies stay imports (tsup leaves package.json dependencies
// external); tests never read dist/ (they use the `source` export condition).
import { defineConfig, type Options } from 'tsup'

export function packageBuild(entry: Record<string, string>, options: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    outDir: 'dist',
    dts: { entry: Object.fromEntries(Object.entries(entry).filter(([name]) => name === 'index')) },
    sourcemap: true,
    clean: true,
    splitting: true,
    tsconfig: 'tsconfig.json',
    removeNodeProtocol: false,
    ...options,
  })
}
