import type { RunTotals, ScenarioRun } from '../scenario-run'

export interface JsonReport {
  /** Bumped when a field changes meaning. */
  version: 1
  startedAt: string
  totals: RunTotals
  scenarios: ScenarioRun[]
}

/**
 * The whole run as JSON: totals, and per scenario its steps (failures with request, response and
 * expectation), hops and outbox messages, for dashboards and scripts.
 *
 * @example
 * await writeFile('results.json', renderJsonReport(runs, totals, started))
 */
export function renderJsonReport(
  runs: readonly ScenarioRun[],
  totals: RunTotals,
  startedAt: Date,
): string {
  const report: JsonReport = {
    version: 1,
    startedAt: startedAt.toISOString(),
    totals,
    scenarios: [...runs],
  }
  return `${JSON.stringify(report, null, 2)}\n`
}
