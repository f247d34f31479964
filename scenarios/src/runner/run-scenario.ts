import { randomBytes } from 'node:crypto'
import { StepFailedError } from '../errors'
import type { Scenario } from '../scenario-schema'
import { captureValue } from './capture'
import { ScenarioClient, type ScenarioTarget } from './client'
import { checkExpectations } from './expectations'
import { interpolate } from './interpolate'
import { performStep } from './run-step'

export interface StepResult {
  name: string
  ok: boolean
  ms: number
  /** What differed, for a failed step. */
  message?: string
}

export interface ScenarioResult {
  name: string
  steps: StepResult[]
  /** Names of the steps not run because an earlier one failed. */
  skipped: string[]
  variables: Record<string, string>
  /** The browser of the run, with its cookies and current page. */
  client: ScenarioClient
}

export interface RunScenarioOptions {
  /** Called as each step finishes, so a CLI can print progress. */
  onStep?: (result: StepResult) => void
  /** The `${run}` variable; random by default so e-mail addresses never collide. */
  runId?: string
  /**
   * Continue another run: its client (cookies and current page) and its variables. Lets a test
   * stop half-way, restart the services, and go on as the same browser.
   */
  resume?: Pick<ScenarioResult, 'client' | 'variables'>
}

/**
 * Runs a scenario's steps in order with one cookie jar, stopping at the first failure (later
 * steps build on earlier ones). Built-in variables: run, tenant, shipstationUrl, stampsUrl, uspsUrl.
 *
 * @example
 * const result = await runScenario(scenario, { urls: sandbox.urls, fetch: sandbox.fetch })
 */
export async function runScenario(
  scenario: Scenario,
  target: ScenarioTarget,
  options: RunScenarioOptions = {},
): Promise<ScenarioResult> {
  const client = options.resume?.client ?? new ScenarioClient(target)
  const variables: Record<string, string> = {
    run: options.runId ?? randomBytes(4).toString('hex'),
    tenant: target.tenant ?? 'default',
    shipstationUrl: target.urls.shipstation,
    stampsUrl: target.urls.stamps,
    uspsUrl: target.urls.usps,
    ...options.resume?.variables,
  }
  const result: ScenarioResult = { name: scenario.name, steps: [], skipped: [], variables, client }
  for (const [name, value] of Object.entries(scenario.variables ?? {})) {
    try {
      variables[name] = interpolate(value, variables)
    } catch (error) {
      return fail(result, scenario, `variable ${name}`, -1, error, options)
    }
  }
  for (const [index, raw] of scenario.steps.entries()) {
    const started = performance.now()
    try {
      const step = interpolate(raw, variables)
      const exchange = await performStep(step, client)
      if (exchange) {
        const failure = checkExpectations(exchange, step.expect)
        if (failure) throw new StepFailedError(failure)
      } else if (step.expect) {
        throw new StepFailedError('this step makes no request, so it has nothing to expect')
      }
      for (const [variable, capture] of Object.entries(step.capture ?? {})) {
        variables[variable] = await captureValue(capture, exchange, client)
      }
    } catch (error) {
      return fail(result, scenario, raw.name, index, error, options, started)
    }
    const passed = { name: raw.name, ok: true, ms: Math.round(performance.now() - started) }
    result.steps.push(passed)
    options.onStep?.(passed)
  }
  return result
}

function fail(
  result: ScenarioResult,
  scenario: Scenario,
  name: string,
  index: number,
  error: unknown,
  options: RunScenarioOptions,
  started = performance.now(),
): ScenarioResult {
  const message =
    error instanceof StepFailedError
      ? error.message
      : `unexpected error: ${(error as Error).stack ?? error}`
  const failed = { name, ok: false, ms: Math.round(performance.now() - started), message }
  result.steps.push(failed)
  options.onStep?.(failed)
  result.skipped = scenario.steps.slice(index + 1).map((s) => s.name)
  return result
}
