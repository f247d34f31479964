import { fileURLToPath } from 'node:url'
import { loadScenario, type Scenario, type ScenarioResult } from '@partner-sandbox/scenarios'

export const HAPPY_PATH_FILE = fileURLToPath(
  new URL('../../scenarios/happy-path-credit-card.yaml', import.meta.url),
)

export function loadHappyPath(): Promise<Scenario> {
  return loadScenario(HAPPY_PATH_FILE)
}

/** The scenario cut in two before the named step, to stop half-way and go on later. */
export async function happyPathHalves(splitBefore: string): Promise<[Scenario, Scenario]> {
  const scenario = await loadHappyPath()
  const at = scenario.steps.findIndex((s) => s.name === splitBefore)
  if (at < 0) throw new Error(`No step "${splitBefore}" in ${HAPPY_PATH_FILE}`)
  return [
    { ...scenario, steps: scenario.steps.slice(0, at) },
    { ...scenario, variables: {}, steps: scenario.steps.slice(at) },
  ]
}

/** Failed steps with their messages; `[]` when every step passed. */
export function failuresOf(result: ScenarioResult): string[] {
  return result.steps.filter((s) => !s.ok).map((s) => `${s.name}: ${s.message}`)
}

/** GET a JSON API with the run's browser cookies, as the signed-in customer. */
export async function getJson(result: ScenarioResult, url: string): Promise<unknown> {
  const exchange = await result.client.send({
    method: 'GET',
    url,
    headers: { accept: 'application/json' },
    follow: false,
  })
  if (exchange.status !== 200) throw new Error(`GET ${url}: ${exchange.status} ${exchange.body}`)
  return JSON.parse(exchange.body)
}
