import { fileURLToPath } from 'node:url'

/**
 * Node arguments that run the `partner-sandbox` command from its TypeScript source, so tests never
 * need a build (the installed command runs dist/ with plain node; test/pack checks that one).
 *
 * @example
 * execFile(process.execPath, [...CLI_ARGS, 'run', 'scenarios/'])
 */
export const CLI_ARGS: readonly string[] = [
  '--conditions=source',
  '--import',
  'tsx',
  fileURLToPath(new URL('../../scenarios/src/cli.ts', import.meta.url)),
]
