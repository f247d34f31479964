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

/**
 * A command built to one self-contained program: the workspace packages (from their TypeScript
 * source) and the pure-JavaScript dependencies bundled in, so Node reads a few files instead of
 * resolving and compiling some 300 modules at every start (start-up time, issue 11). Only native
 * code (better-sqlite3) and what the command never imports stay outside. It lives in its own
 * folder of dist/ so the package build's clean step leaves it alone.
 */
export function commandBuild(entry: Record<string, string>, options: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    outDir: 'dist/bin',
    dts: false,
    sourcemap: true,
    clean: true,
    splitting: true,
    tsconfig: 'tsconfig.json',
    removeNodeProtocol: false,
    noExternal: [/^@partner-sandbox\//, /^hono(\/|$)/, /^@hono\//, 'zod', 'jose', 'commander'],
    external: ['better-sqlite3'],
    // Bundled CommonJS (commander) calls require() for Node's own modules; ESM has none.
    banner: {
      js: "import { createRequire as __sandboxRequire } from 'node:module'\nconst require = __sandboxRequire(import.meta.url)",
    },
    esbuildOptions(esbuild) {
      esbuild.conditions = ['source']
      // Maps still place a stack frame in its source file and line; without the sources' text in
      // them the packed command stays near 1 MB smaller.
      esbuild.sourcesContent = false
    },
    ...options,
  })
}
