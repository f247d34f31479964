import type { ServiceName } from '@partner-sandbox/shared'
import type { Hop } from './runner/hops'
import type { ScenarioResult, StepResult } from './runner/run-scenario'

/**
 * One scenario's run as reporters see it: plain data (JSON-ready), no live client. A file that
 * could not be loaded is a run with `error` and no steps.
 */
export interface ScenarioRun {
  name: string
  file?: string
  tags: string[]
  ok: boolean
  steps: StepResult[]
  skipped: string[]
  /** The variables at the end: built-ins, the persona and everything captured. */
  variables: Record<string, string>
  ms: number
  tenant?: string
  seed?: number
  target: 'in-process' | 'http'
  urls?: Record<ServiceName, string>
  hops: Hop[]
  outbox: ScenarioResult['outbox']
  /** Why the file could not run (invalid YAML or schema, unreadable, include cycle). */
  error?: string
}

export interface RunTotals {
  scenarios: { passed: number; failed: number }
  steps: { passed: number; failed: number; notRun: number }
  ms: number
}

/** Counts scenarios and steps; an invalid file is a failed scenario with no steps. */
export function totalsOf(runs: readonly ScenarioRun[], ms = 0): RunTotals {
  const steps = runs.flatMap((r) => r.steps)
  return {
    scenarios: {
      passed: runs.filter((r) => r.ok).length,
      failed: runs.filter((r) => !r.ok).length,
    },
    steps: {
      passed: steps.filter((s) => s.ok).length,
      failed: steps.filter((s) => !s.ok).length,
      notRun: runs.reduce((n, r) => n + r.skipped.length, 0),
    },
    ms,
  }
}

/** Drops the live parts of a result (its client) and keeps what a report shows. */
export function scenarioRunOf(
  result: ScenarioResult,
  extra: Pick<ScenarioRun, 'target' | 'tenant' | 'seed' | 'urls'>,
): ScenarioRun {
  const { name, file, tags, ok, steps, skipped, variables, ms, hops, outbox } = result
  return {
    ...{ name, file, tags, ok, steps, skipped, variables: { ...variables }, ms, hops },
    outbox: [...outbox],
    ...extra,
  }
}
