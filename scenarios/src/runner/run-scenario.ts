import { cryptoRandom, type RandomSource } from '@partner-sandbox/shared'
import { PERSONA_DEFAULTS } from '../actions'
import type { LoadedScenario, PlanStep } from '../compile-scenario'
import { StepFailedError } from '../errors'
import type { Expectation } from '../scenario-schema'
import { captureValue } from './capture'
import { type Exchange, ScenarioClient, type ScenarioTarget } from './client'
import { describeExchange, jsonOf } from './describe'
import { excerpt } from './excerpt'
import { reportExpectations } from './expectations'
import { givenSteps } from './given'
import type { Hop } from './hops'
import { interpolate } from './interpolate'
import { journalFailures } from './journal-check'
import { performStep } from './run-step'

export interface StepResult {
  name: string
  ok: boolean
  ms: number
  /** What differed, for a failed step. */
  message?: string
  /** The expectation was `soft`: the failure is recorded and the run went on. */
  soft?: boolean
  /** The tab the step acted in. */
  tab?: string
  /** For a failed step: what it sent, what came back, and what was expected. */
  failure?: StepFailure
}

export interface StepFailure {
  /** The request the step sent first, and the answer it ended with (or the page it acted on). */
  exchange?: Pick<Exchange, 'method' | 'url' | 'status' | 'body' | 'redirects' | 'request'> & {
    contentType: string
  }
  expected?: Expectation
  /** The text the failing expectation read, around the mismatch (or whole, up to a limit). */
  excerpt?: string
}

export interface ScenarioResult {
  name: string
  file?: string
  tags: string[]
  /** Every step passed (soft failures count as failures). */
  ok: boolean
  steps: StepResult[]
  /** Names of the steps not run because an earlier one failed. */
  skipped: string[]
  variables: Record<string, string>
  /** Every request of the run, the browser's and (in-process) the services' own, in time order. */
  hops: Hop[]
  /** The outbox messages the run's captures read. */
  outbox: ScenarioClient['outbox']
  ms: number
  /** The browser of the run, with its cookies, tabs and current page. */
  client: ScenarioClient
}

export interface RunScenarioOptions {
  /** Called as each step finishes, so a CLI can print progress. */
  onStep?: (result: StepResult) => void
  /** The `${run}` variable; random (or from `random`) by default so e-mails never collide. */
  runId?: string
  /** Source of generated data: run id, `${digits(6)}`, `${wrong(x)}`. Seeded for `seed:`. */
  random?: RandomSource
  /** Hops recorded elsewhere during the run (the services' calls to each other), merged in. */
  peerHops?: Hop[]
  /**
   * Continue another run: its client (cookies and current page) and its variables. Lets a test
   * stop half-way, restart the services, and go on as the same browser.
   */
  resume?: Pick<ScenarioResult, 'client' | 'variables'>
}

/**
 * Runs a scenario's steps in order with one browser (cookie jar and tabs), stopping at the first
 * failure (later steps build on earlier ones); a `soft` expectation records its failure and goes
 * on. Built-in variables: run, tenant, shipstationUrl, stampsUrl, uspsUrl and the persona.
 *
 * @example
 * const result = await runScenario(await loadScenario(file), { urls: sandbox.urls, fetch: sandbox.fetch })
 */
export async function runScenario(
  scenario: LoadedScenario,
  target: ScenarioTarget,
  options: RunScenarioOptions = {},
): Promise<ScenarioResult> {
  const started = performance.now()
  const random = options.random ?? cryptoRandom
  const client = options.resume?.client ?? new ScenarioClient(target)
  const variables: Record<string, string> = {
    run: options.runId ?? runIdOf(random),
    tenant: target.tenant ?? 'default',
    shipstationUrl: target.urls.shipstation,
    stampsUrl: target.urls.stamps,
    uspsUrl: target.urls.usps,
  }
  const result: ScenarioResult = {
    name: scenario.name,
    file: scenario.file,
    tags: scenario.tags,
    ok: true,
    steps: [],
    skipped: [],
    variables,
    hops: [],
    outbox: client.outbox,
    ms: 0,
    client,
  }
  const finish = () => {
    result.ok = result.steps.every((s) => s.ok)
    result.ms = Math.round(performance.now() - started)
    // The hops as they are now (a resumed run adds to the same client), put in order and their
    // carried tokens decoded only when a report reads them.
    const hops = [...client.hops, ...(options.peerHops ?? [])]
    lazyField(result, 'hops', () =>
      hops
        .filter((h) => h.at >= started)
        .sort((a, b) => a.at - b.at)
        .map((h) => {
          const { carried, ...hop } = h
          return { ...hop, at: Math.round(h.at - started), ...(carried ? { carried } : {}) }
        }),
    )
    return result
  }
  try {
    for (const [name, value] of Object.entries(PERSONA_DEFAULTS))
      variables[name] = interpolate(value, variables, random)
    Object.assign(variables, options.resume?.variables)
    for (const [name, value] of Object.entries(scenario.variables))
      variables[name] = interpolate(value, variables, random)
  } catch (error) {
    record(result, failed('variables', error, started, client), options)
    result.skipped = scenario.steps.map((s) => s.name)
    return finish()
  }
  for (const given of givenSteps(scenario.given ?? {})) {
    const stepStarted = performance.now()
    client.step = given.name
    try {
      await given.run(client, variables)
    } catch (error) {
      record(result, failed(given.name, error, stepStarted, client), options)
      result.skipped = scenario.steps.map((s) => s.name)
      return finish()
    }
    record(result, { ...base(given.name, stepStarted, client), ok: true }, options)
  }
  for (const [index, raw] of scenario.steps.entries()) {
    const stepStarted = performance.now()
    client.step = raw.name
    let outcome: StepResult
    try {
      outcome = await runStep(raw, client, variables, random, stepStarted)
    } catch (error) {
      record(result, failed(raw.name, error, stepStarted, client), options)
      result.skipped = scenario.steps.slice(index + 1).map((s) => s.name)
      return finish()
    }
    record(result, outcome, options)
  }
  return finish()
}

async function runStep(
  raw: PlanStep,
  client: ScenarioClient,
  variables: Record<string, string>,
  random: RandomSource,
  started: number,
): Promise<StepResult> {
  const { assign, defaults, ...rest } = raw
  for (const [name, value] of Object.entries(defaults ?? {}))
    variables[name] ??= interpolate(value, variables, random)
  for (const [name, value] of Object.entries(assign ?? {}))
    variables[name] = interpolate(value, variables, random)
  const step = interpolate(rest, variables, random)
  const exchange = await performStep(step, client)
  const { journal, soft, ...onPage } = step.expect ?? {}
  let failures: string[] = []
  // What a failed step's report shows is built only when the step fails. A journal count that
  // differs still shows where the step ended.
  let failure: (() => StepFailure) | undefined
  if (exchange) {
    const report = reportExpectations(exchange, { ...onPage, soft })
    if (report.failures.length > 0) {
      failures = [`${report.failures.join('; ')} (${describeExchange(exchange)})`]
      failure = () => {
        const json = jsonOf(exchange)
        const source = json === undefined ? report.checkedText : JSON.stringify(json, null, 2)
        return {
          exchange: snapshot(exchange),
          expected: step.expect,
          excerpt: excerpt(source, report.focus),
        }
      }
    }
  } else if (Object.keys(onPage).length > 0) {
    throw new StepFailedError('this step makes no request, so it has nothing to expect')
  }
  if (journal) failures.push(...(await journalFailures(journal, client)))
  let softFailure: StepResult | undefined
  if (failures.length > 0) {
    const message = failures.join('; ')
    const shown = failure?.() ?? {
      expected: step.expect,
      ...(exchange ? { exchange: snapshot(exchange) } : {}),
    }
    if (!soft) throw new FailedExpectation(message, shown)
    softFailure = {
      ...base(raw.name, started, client),
      ok: false,
      soft: true,
      message,
      failure: shown,
    }
  }
  for (const [variable, capture] of Object.entries(step.capture ?? {})) {
    variables[variable] = await captureValue(capture, exchange, client)
  }
  return softFailure ?? { ...base(raw.name, started, client), ok: true }
}

/** An expectation that did not hold, with what the report shows about it. */
class FailedExpectation extends StepFailedError {
  constructor(
    message: string,
    readonly failure: StepFailure,
  ) {
    super(message)
  }
}

function base(name: string, started: number, client: ScenarioClient) {
  return { name, ms: Math.round(performance.now() - started), tab: client.tab }
}

function failed(name: string, error: unknown, started: number, client: ScenarioClient): StepResult {
  const message =
    error instanceof StepFailedError
      ? error.message
      : `unexpected error: ${(error as Error).stack ?? error}`
  const failure: StepFailure =
    error instanceof FailedExpectation
      ? error.failure
      : { exchange: client.page ? snapshot(client.page) : undefined }
  return { ...base(name, started, client), ok: false, message, failure }
}

function record(result: ScenarioResult, step: StepResult, options: RunScenarioOptions): void {
  result.steps.push(step)
  options.onStep?.(step)
}

function snapshot(exchange: Exchange): NonNullable<StepFailure['exchange']> {
  const { method, url, status, body, redirects, request } = exchange
  const contentType = exchange.headers.get('content-type') ?? ''
  return { method, url, status, body, redirects, request, contentType }
}

/**
 * Makes `object[key]` a field worked out on first read (then a plain field like any other);
 * assigning it first just sets it.
 */
function lazyField<T, K extends keyof T>(object: T, key: K, make: () => T[K]): void {
  const settle = (value: T[K]) => {
    Object.defineProperty(object, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    })
    return value
  }
  Object.defineProperty(object, key, {
    enumerable: true,
    configurable: true,
    get: () => settle(make()),
    set: settle,
  })
}

function runIdOf(random: RandomSource): string {
  let id = ''
  for (let i = 0; i < 8; i++) id += random.int(16).toString(16)
  return id
}
