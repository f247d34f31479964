#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx compiles it on load, so the package needs no build step.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

// The services' pages are hono/jsx; tsx reads the JSX settings from the repo's tsconfig, which it
// would not find on its own when the command runs from another folder.
const tsconfig = fileURLToPath(new URL('../../tsconfig.json', import.meta.url))
register(existsSync(tsconfig) ? { tsconfig } : {})
await import('../src/cli.ts')
