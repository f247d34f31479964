import { randomBytes } from 'node:crypto'
import { parseSandboxConfig, SERVICE_NAMES, type ServiceName } from '@partner-sandbox/shared'
import { ScenarioFileError } from '../errors'
import { loadScenario, scenarioFiles } from '../load-scenario'
import { formatSkipped, formatStep, formatSummary } from '../report'
import type { ScenarioTarget } from '../runner/client'
import { runScenario } from '../runner/run-scenario'
import { createInProcessSandbox } from '../sandbox'

export interface RunCommandOptions {
  target: 'in-process' | 'http'
  /** Overrides of the URLs read from the environment, for --target http. */
  baseUrls?: Partial<Record<ServiceName, string>>
  env?: Record<string, string | undefined>
  print?: (line: string) => void
}

/**
 * `partner-sandbox run <file|dir>`: runs each scenario against a fresh in-process sandbox, or
 * against running servers in a fresh tenant. Resolves to the exit code: 1 when any step failed or
 * any file was invalid.
 *
 * @example
 * process.exitCode = await runCommand('scenarios/', { target: 'in-process' })
 */
export async function runCommand(path: string, options: RunCommandOptions): Promise<number> {
  const print = options.print ?? console.log
  let passed = 0
  let failed = 0
  let files: string[] = []
  try {
    files = await scenarioFiles(path)
  } catch (error) {
    print(`✗ ${(error as Error).message}`)
    failed++
  }
  const http = options.target === 'http' ? await httpTarget(options, print) : undefined
  if (options.target === 'http' && !http) {
    files = []
    failed++
  }
  for (const file of files) {
    let scenario: Awaited<ReturnType<typeof loadScenario>>
    try {
      scenario = await loadScenario(file)
    } catch (error) {
      if (!(error instanceof ScenarioFileError)) throw error
      print(`\n✗ ${error.message}`)
      failed++
      continue
    }
    print(`\n${scenario.name} (${file})`)
    const sandbox = http ? undefined : createInProcessSandbox()
    const target: ScenarioTarget = sandbox
      ? { urls: sandbox.urls, fetch: sandbox.fetch }
      : { ...http!, tenant: `scn-${randomBytes(5).toString('hex')}` }
    try {
      const result = await runScenario(scenario, target, { onStep: (s) => print(formatStep(s)) })
      for (const name of result.skipped) print(formatSkipped(name))
      passed += result.steps.filter((s) => s.ok).length
      failed += result.steps.filter((s) => !s.ok).length
    } finally {
      await sandbox?.close()
    }
  }
  print(`\n${formatSummary(passed, failed)}`)
  return failed > 0 ? 1 : 0
}

/** URLs from the environment (and flags); undefined, after saying why, when a service is down. */
async function httpTarget(
  options: RunCommandOptions,
  print: (line: string) => void,
): Promise<ScenarioTarget | undefined> {
  let config: ReturnType<typeof parseSandboxConfig>
  try {
    config = parseSandboxConfig(options.env ?? process.env)
  } catch (error) {
    print(`✗ ${(error as Error).message}`)
    return undefined
  }
  const urls = Object.fromEntries(
    SERVICE_NAMES.map((name) => [
      name,
      (options.baseUrls?.[name] ?? config.services[name].publicUrl).replace(/\/$/, ''),
    ]),
  ) as Record<ServiceName, string>
  for (const name of SERVICE_NAMES) {
    const ok = await fetch(`${urls[name]}/__sandbox/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (!ok) {
      print(`✗ Cannot reach ${name} at ${urls[name]}. Start the sandbox first (npm start).`)
      return undefined
    }
  }
  return { urls, fetch: globalThis.fetch }
}
