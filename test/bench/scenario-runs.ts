/**
 * Issue 9's figures for `npm run bench`: the whole scenario library in-process one at a time,
 * in-process at the default concurrency (the CPUs), and over HTTP against running services.
 */
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import {
  type RunFilesOptions,
  runFiles,
  startHttpSandbox,
  totalsOf,
} from '@partner-sandbox/scenarios'
import { localSandboxConfig } from '../support/free-port'

const LIBRARY = fileURLToPath(new URL('../../scenarios/library', import.meta.url))

async function timeLibrary(options: RunFilesOptions): Promise<string> {
  const started = performance.now()
  const runs = await runFiles([LIBRARY], options)
  const ms = performance.now() - started
  const { scenarios, steps } = totalsOf(runs)
  // A failed run is still timed, but the row says so: a fast failure is not a fast library.
  const failed = scenarios.failed ? `, ${scenarios.failed} FAILED` : ''
  return `${(ms / 1000).toFixed(2)} s (${scenarios.passed + scenarios.failed} scenarios, ${steps.passed + steps.failed} steps${failed})`
}

/** The rows, each measured now: `[measure, value]`. */
export async function scenarioRunRows(): Promise<[string, string][]> {
  const rows: [string, string][] = []
  rows.push([
    'scenario library, in-process, `--concurrency 1`',
    await timeLibrary({ concurrency: 1 }),
  ])
  rows.push([
    `scenario library, in-process, default concurrency (${availableParallelism()} CPUs)`,
    await timeLibrary({}),
  ])
  // As `npm run scenarios` against `npm start`: one set of servers, a tenant per scenario.
  const http = await startHttpSandbox(await localSandboxConfig('memory'))
  try {
    rows.push([
      'scenario library, `--target http` (memory store), default concurrency',
      await timeLibrary({ http: { urls: http.urls, fetch: globalThis.fetch } }),
    ])
  } finally {
    await http.close()
  }
  return rows
}
