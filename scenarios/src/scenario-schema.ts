import { DurationText } from '@partner-sandbox/shared'
import { z } from 'zod'
import { ACTION_NAMES, ActionParams } from './action-params'
import { RegexText, tagByKey } from './schema-helpers'

export const ServiceName = z.enum(['shipstation', 'stamps', 'usps'])

export const VariableName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'A variable name is letters, digits or "_", e.g. emailCode.')

const TabName = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, 'A tab name is letters, digits, "-" or "_", e.g. stamps.')

/** YAML turns `ZIP Code: 10001` into a number; forms only carry text. */
export const FieldValue = z.union([z.string(), z.number(), z.boolean()]).transform(String)
const OneOrMany = z.union([z.string(), z.array(z.string())]).transform((v) => [v].flat())

const Call = z
  .string()
  .regex(
    /^(GET|POST|PUT|PATCH|DELETE|HEAD) +\S+$/,
    'Write the call as "METHOD /path", e.g. "POST /api/v1/accounts".',
  )

const UrlMatch = z.union([z.string().min(1), z.object({ regex: RegexText }).strict()])

/** The part of a page that text and notText look at (the pop-up, not the banner that repeats it). */
export const Region = z
  .union([
    z.object({ dialog: z.string().min(1) }).strict(),
    z.object({ banner: z.string().min(1) }).strict(),
    z.object({ row: z.string().min(1) }).strict(),
    z.object({ selector: z.string().min(1) }).strict(),
  ])
  .meta({ id: 'Region', description: 'The part of the page text/notText read.' })
export type Region = z.infer<typeof Region>

export const Expectation = z
  .object({
    status: z.union([z.number().int().min(100).max(599), z.array(z.number().int()).min(1)]),
    text: OneOrMany,
    notText: OneOrMany,
    within: Region,
    json: z.record(z.string(), z.unknown()),
    redirectTo: UrlMatch,
    url: UrlMatch,
    /** Record a failure and go on; the scenario still fails at the end. */
    soft: z.boolean(),
  })
  .partial()
  .strict()
  .meta({ id: 'Expectation', description: 'What the step must end with.' })
export type Expectation = z.infer<typeof Expectation>

const OutboxPick = z
  .object({
    service: ServiceName,
    to: z.string().min(1).optional(),
    channel: z.enum(['email', 'sms']).optional(),
    /** Part of the subject, to pick e.g. the bank notice rather than a newer sign-in code. */
    subject: z.string().min(1).optional(),
    field: z.enum(['code', 'link', 'text', 'subject']).default('code'),
  })
  .strict()

const CAPTURE_SOURCES = ['json', 'header', 'text', 'url', 'outbox'] as const
const withRegex = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...shape, regex: RegexText.optional() }).strict()

export const Capture = z
  .preprocess(
    (input, ctx) => tagByKey(input, CAPTURE_SOURCES, 'source', ctx, 'A capture'),
    z.discriminatedUnion('source', [
      withRegex({ source: z.literal('json'), json: z.string().min(1) }),
      withRegex({ source: z.literal('header'), header: z.string().min(1) }),
      z.object({ source: z.literal('text'), text: RegexText }).strict(),
      z.object({ source: z.literal('url'), url: RegexText }).strict(),
      withRegex({ source: z.literal('outbox'), outbox: OutboxPick }),
    ]),
  )
  .meta({ id: 'Capture', description: 'Where a captured variable comes from.' })
export type Capture = z.infer<typeof Capture>

const common = {
  name: z.string().trim().min(1, 'Give every step a name people can read.'),
  service: ServiceName.optional(),
  /** The browser tab the step acts in; an `open` in a new name opens that tab. */
  tab: TabName.optional(),
  capture: z.record(VariableName, Capture).optional(),
  expect: Expectation.optional(),
}
const step = <K extends string, T extends z.ZodRawShape>(kind: K, shape: T) =>
  z
    .object({ kind: z.literal(kind), ...common })
    .extend(shape)
    .strict()

const RAW_KINDS = ['open', 'click', 'submit', 'request', 'control', 'clock', 'clearCookies']

const RawStepKinds = [
  step('open', { open: z.string().min(1) }),
  step('click', {
    click: z.string().min(1),
    /** Name of the tab a target=_blank link opens (otherwise tab2, tab3...). */
    opensTab: TabName.optional(),
  }),
  step('submit', {
    submit: z.string().min(1),
    fill: z.record(z.string(), FieldValue).optional(),
    check: OneOrMany.optional(),
    choose: OneOrMany.optional(),
  }),
  step('request', {
    request: Call,
    json: z.unknown().optional(),
    form: z.record(z.string(), FieldValue).optional(),
    headers: z.record(z.string(), z.string()).optional(),
    follow: z.boolean().default(false),
  }),
  step('control', { control: Call, service: ServiceName, json: z.unknown().optional() }),
  step('clock', {
    clock: z.union([
      z.object({ service: z.union([ServiceName, z.literal('all')]), advance: DurationText }),
      z.object({ service: z.union([ServiceName, z.literal('all')]), set: z.iso.datetime() }),
    ]),
  }),
  step('clearCookies', { clearCookies: z.union([ServiceName, z.literal('all')]) }),
  step('capture', { capture: z.record(VariableName, Capture) }),
] as const

const optionalName = z.string().trim().min(1).optional()
// An action knows which service each of its steps talks to: no `service:` of its own.
const ActionSteps = ACTION_NAMES.map((action) =>
  step(action, { name: optionalName, [action]: ActionParams[action] }).omit({ service: true }),
)
const UseStep = z
  .object({
    kind: z.literal('use'),
    name: optionalName,
    tab: TabName.optional(),
    /** A steps file, relative to the file that uses it. */
    use: z.string().min(1),
    /** Variables set before the included steps run (they stay set afterwards). */
    with: z.record(VariableName, FieldValue).optional(),
  })
  .strict()

const validTargets = (s: unknown, ctx: z.RefinementCtx) => {
  const r = s as { kind: string; open?: string; request?: string; service?: string; json?: unknown }
  const target = r.kind === 'open' ? r.open : r.kind === 'request' ? r.request?.split(/ +/)[1] : ''
  if (target?.startsWith('/') && !r.service) {
    ctx.addIssue({ code: 'custom', path: ['service'], message: `Name the service for ${target}.` })
  }
  if (
    r.kind === 'request' &&
    r.json !== undefined &&
    (s as { form?: unknown }).form !== undefined
  ) {
    ctx.addIssue({ code: 'custom', path: ['form'], message: 'Send either json or form, not both.' })
  }
}

/** One step as the runner performs it: a browser, API, control, clock or capture step. */
export const RawStep = z.preprocess(
  (input, ctx) => tagByKey(input, RAW_KINDS, 'kind', ctx, 'A step', 'capture'),
  z.discriminatedUnion('kind', [...RawStepKinds]).superRefine(validTargets),
)
export type RawStep = z.infer<typeof RawStep>

const STEP_KINDS = [...RAW_KINDS, ...ACTION_NAMES, 'use']

/** A step as written in a file: a raw step, a named action, or `use:` of a steps file. */
export const Step = z.preprocess(
  (input, ctx) => tagByKey(input, STEP_KINDS, 'kind', ctx, 'A step', 'capture'),
  z
    .discriminatedUnion('kind', [...RawStepKinds, ...ActionSteps, UseStep])
    .superRefine(validTargets),
)
export type Step = z.infer<typeof Step>

const Variables = z.record(VariableName, FieldValue)

export const Scenario = z
  .object({
    name: z.string().trim().min(1),
    description: z.string().optional(),
    /** Labels for `partner-sandbox run --tag`. */
    tags: z
      .array(z.string().regex(/^[\w.:-]+$/, 'A tag is one word, e.g. ach or smoke.'))
      .optional(),
    /** Makes generated data (run id, e-mails, ${digits(6)}...) and, in-process, codes repeat. */
    seed: z.number().int().min(0).optional(),
    variables: Variables.optional(),
    steps: z.array(Step).min(1, 'A scenario needs at least one step.'),
  })
  .strict()
/** A scenario file as written (the runner takes it expanded: `LoadedScenario`). */
export type ScenarioFile = z.infer<typeof Scenario>

/** A file another one includes with `use:`: steps, and defaults for the variables they read. */
export const StepsFile = z
  .object({
    name: z.string().trim().min(1).optional(),
    description: z.string().optional(),
    variables: Variables.optional(),
    steps: z.array(Step).min(1, 'A steps file needs at least one step.'),
  })
  .strict()
export type StepsFile = z.infer<typeof StepsFile>
