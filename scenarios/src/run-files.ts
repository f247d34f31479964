import { randomBytes } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { createSeededRandom } from '@partner-sandbox/shared'
import type { LoadedScenario } from './compile-scenario'
import { ScenarioFileError } from './errors'
import { loadScenario, scenarioFiles } from './load-scenario'
import type { ScenarioTarget } from './runner/client'
import type { Hop } from './runner/hops'
import { runScenario, type StepResult } from './runner/run-scenario'
import { createInProcessSandbox } from './sandbox'
import { type ScenarioRun, scenarioRunOf } from './scenario-run'

export interface RunFilesOptions {
  /** Running services to use; without it every scenario gets its own in-process sandbox. */
  http?: Omit<ScenarioTarget, 'tenant'>
  /** Scenarios run at once (default: the CPUs of the machine). */
  concurrency?: number
  /** Only scenarios whose name matches. */
  grep?: RegExp
  /** Only scenarios with one of these tags. */
  tags?: string[]
  /** Once the files are loaded: how many scenarios will run, and how many at once. */
  onPlan?: (total: number, concurrency: number) => void
  onStart?: (scenario: LoadedScenario) => void
  onStep?: (scenario: LoadedScenario, step: StepResult) => void
  /** Each scenario as it finishes, with how many are done of how many. */
  onResult?: (run: ScenarioRun, done: number, total: number) => void
}

/**
 * Loads scenario files (or folders, or takes loaded scenarios), keeps those matching `grep`/`tags`, and runs them
 * `concurrency` at a time, each in its own tenant (and, in-process, its own sandbox). Resolves to
 * the runs in file order; files that cannot load are failed runs with their error.
 *
 * @example
 * const runs = await runFiles(['scenarios/library'], { concurrency: 4, tags: ['smoke'] })
 */
export async function runFiles(
  paths: (string | LoadedScenario)[],
  options: RunFilesOptions = {},
): Promise<ScenarioRun[]> {
  const target = options.http ? 'http' : 'in-process'
  const loaded: (LoadedScenario | ScenarioRun)[] = []
  for (const path of paths) {
    // An already loaded scenario (e.g. parsed from a doc) runs as it is.
    if (typeof path !== 'string') {
      loaded.push(path)
      continue
    }
    let files: string[]
    try {
      files = await scenarioFiles(path)
    } catch (error) {
      loaded.push(invalid(path, error, target))
      continue
    }
    for (const file of files) {
      try {
        loaded.push(await loadScenario(file))
      } catch (error) {
        loaded.push(invalid(file, error, target))
      }
    }
  }
  const chosen = loaded.filter((s) => 'error' in s || matches(s as LoadedScenario, options))
  const runs: ScenarioRun[] = new Array(chosen.length)
  let next = 0
  let done = 0
  const worker = async () => {
    for (let i = next++; i < chosen.length; i = next++) {
      const item = chosen[i]!
      runs[i] = 'error' in item ? item : await runOne(item as LoadedScenario, options)
      options.onResult?.(runs[i]!, ++done, chosen.length)
    }
  }
  const width = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), chosen.length))
  options.onPlan?.(chosen.length, width)
  await Promise.all(Array.from({ length: width }, worker))
  return runs
}

function matches(scenario: LoadedScenario, options: RunFilesOptions): boolean {
  if (options.grep && !options.grep.test(scenario.name)) return false
  if (options.tags?.length && !options.tags.some((t) => scenario.tags.includes(t))) return false
  return true
}

async function runOne(scenario: LoadedScenario, options: RunFilesOptions): Promise<ScenarioRun> {
  options.onStart?.(scenario)
  const tenant = `scn-${randomBytes(5).toString('hex')}`
  const seeded = scenario.seed === undefined ? undefined : () => createSeededRandom(scenario.seed!)
  const peerHops: Hop[] = []
  const sandbox = options.http
    ? undefined
    : createInProcessSandbox({ random: seeded?.(), onPeerRequest: (hop) => peerHops.push(hop) })
  const target: ScenarioTarget = sandbox
    ? { urls: sandbox.urls, fetch: sandbox.fetch, tenant }
    : { ...options.http!, tenant }
  try {
    const result = await runScenario(scenario, target, {
      random: seeded?.(),
      peerHops,
      onStep: (step) => options.onStep?.(scenario, step),
    })
    return scenarioRunOf(result, {
      target: sandbox ? 'in-process' : 'http',
      tenant,
      seed: scenario.seed,
      urls: target.urls,
    })
  } finally {
    await sandbox?.close()
  }
}

function invalid(file: string, error: unknown, target: ScenarioRun['target']): ScenarioRun {
  if (!(error instanceof ScenarioFileError)) throw error
  return {
    name: file,
    file,
    tags: [],
    ok: false,
    steps: [],
    skipped: [],
    variables: {},
    ms: 0,
    target,
    hops: [],
    outbox: [],
    error: error.message,
  }
}
