import { readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import type { FieldError } from '@partner-sandbox/shared'
import { ACTION_NAMES, type ActionName, PERSONA_PARAMS } from './action-params'
import { ACTIONS } from './actions'
import { ScenarioFileError } from './errors'
import { parseYaml } from './parse-yaml'
import {
  type Expectation,
  type Given,
  RawStep,
  type ScenarioFile,
  type Step,
  StepsFile,
} from './scenario-schema'

/** A step as the runner performs it, after actions and `use:` are expanded. */
export type PlanStep = RawStep & {
  /** Variables set (interpolated) just before this step: `with:` and action parameters. */
  assign?: Record<string, string>
  /** Variables set only when not defined yet: a steps file's own `variables`. */
  defaults?: Record<string, string>
}

/** A scenario ready to run: every step a raw step, every include read. */
export interface LoadedScenario {
  name: string
  description?: string
  tags: string[]
  seed?: number
  variables: Record<string, string>
  /** Fixtures and snapshot made before the first step. */
  given?: Given
  steps: PlanStep[]
  /** The file it came from, for reports and for resolving `use:`. */
  file?: string
}

const SEPARATOR = ' › '

/**
 * Expands a validated scenario: named actions become the raw steps they stand for and `use:`
 * includes the steps of another file (relative to the including file), refusing cycles.
 *
 * @example
 * const loaded = compileScenario(Scenario.parse(raw), 'scenarios/happy.yaml')
 */
export function compileScenario(scenario: ScenarioFile, file?: string): LoadedScenario {
  const origin = file ? resolve(file) : resolve('<scenario>')
  return {
    name: scenario.name,
    description: scenario.description,
    tags: scenario.tags ?? [],
    seed: scenario.seed,
    variables: scenario.variables ?? {},
    ...(scenario.given ? { given: scenario.given } : {}),
    steps: expand(scenario.steps, { file: origin, stack: [origin], prefix: '', field: 'steps' }),
    file,
  }
}

interface Context {
  file: string
  /** The files being included, outermost first, to refuse cycles. */
  stack: string[]
  prefix: string
  field: string
}

function expand(steps: Step[], ctx: Context): PlanStep[] {
  return steps.flatMap((step, index) => {
    const field = `${ctx.field}.${index}`
    const kind = (step as { kind: string }).kind
    if (kind === 'use') return include(step as UseStep, { ...ctx, field })
    if (isAction(kind)) return action(step as unknown as ActionStep, { ...ctx, field })
    const raw = step as RawStep
    return [{ ...raw, name: ctx.prefix + raw.name }]
  })
}

interface ActionStep {
  kind: ActionName
  name?: string
  tab?: string
  tenant?: string
  capture?: RawStep['capture']
  expect?: Expectation
  [param: string]: unknown
}

function isAction(kind: string): kind is ActionName {
  return (ACTION_NAMES as string[]).includes(kind)
}

function action(step: ActionStep, ctx: Context): PlanStep[] {
  const params = (step[step.kind] ?? {}) as Record<string, string>
  const label = ctx.prefix + (step.name ?? ACTIONS[step.kind].title)
  const definition = ACTIONS[step.kind] as { steps(p: Record<string, string>): unknown[] }
  const steps: PlanStep[] = definition.steps(params).map((input) => {
    const parsed = RawStep.safeParse(input)
    // The actions are ours: a template the schema refuses is a bug here, not in the scenario.
    if (!parsed.success) throw new TypeError(`Action ${step.kind} is broken: ${parsed.error}`)
    return { ...parsed.data, name: `${label}${SEPARATOR}${parsed.data.name}` }
  })
  // A one-step action needs no second name: "Enter the CRID, MID and EPS Number".
  if (steps.length === 1) steps[0]!.name = label
  const assign = Object.fromEntries(
    Object.entries(params).filter(([key]) => PERSONA_PARAMS.has(key)),
  )
  const first = steps[0]!
  if (Object.keys(assign).length > 0) first.assign = assign
  if (step.tab) first.tab = step.tab
  if (step.tenant) for (const s of steps) s.tenant = step.tenant
  const last = steps.at(-1)!
  // The author's expectation replaces the action's own, e.g. a refused promo code expects 400.
  if (step.expect) last.expect = step.expect
  if (step.capture) last.capture = { ...last.capture, ...step.capture }
  return steps
}

type UseStep = Extract<Step, { kind: 'use' }>

function include(step: UseStep, ctx: Context): PlanStep[] {
  const target = resolve(dirname(ctx.file), step.use)
  const shown = relative(process.cwd(), target) || target
  const fail = (message: string, fieldErrors: FieldError[] = []): never => {
    throw new ScenarioFileError(
      ctx.stack[0]!,
      `${relative(process.cwd(), ctx.stack[0]!)} is not a valid scenario:\n  ${ctx.field}.use: ${message}`,
      [{ field: `${ctx.field}.use`, message }, ...fieldErrors],
    )
  }
  if (ctx.stack.includes(target)) {
    const chain = [...ctx.stack, target].map((f) => relative(process.cwd(), f)).join(' -> ')
    fail(`${shown} includes itself (${chain}); a steps file cannot use a file that uses it.`)
  }
  let text: string
  try {
    text = readFileSync(target, 'utf8')
  } catch (cause) {
    return fail(`cannot read ${shown}: ${(cause as Error).message}`)
  }
  const { data, errors } = parseYaml(text, StepsFile)
  if (!data) {
    return fail(`${shown} is not a valid steps file: ${errors.map(show).join('; ')}`, errors)
  }
  const label = step.name ?? data.name ?? step.use
  const steps = expand(data.steps, {
    file: target,
    stack: [...ctx.stack, target],
    prefix: `${ctx.prefix}${label}${SEPARATOR}`,
    field: `${ctx.field}(${step.use}).steps`,
  })
  const first = steps[0]!
  if (step.with) first.assign = { ...step.with, ...first.assign }
  if (data.variables) first.defaults = { ...data.variables, ...first.defaults }
  if (step.tab && !first.tab) first.tab = step.tab
  if (step.tenant) for (const s of steps) s.tenant ??= step.tenant
  return steps
}

function show(e: FieldError): string {
  return `${e.field || '(file)'}: ${e.message}`
}
