import { DurationText, FAULT_CATALOGUE, SnapshotName, TenantName } from '@partner-sandbox/shared'
import { SHIPSTATION_FIXTURE_STATES } from '@partner-sandbox/shipstation'
import { USPS_FIXTURE_STATES } from '@partner-sandbox/usps'
import * as z from 'zod'
import { ACTION_NAMES, ActionParams } from './action-params'
import { RegexText, tagByKey } from './schema-helpers'

export const ServiceName = z.enum(['shipstation', 'stamps', 'usps'])

export const VariableName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'A variable name is letters, digits or "_", e.g. emailCode.')

/** The tenant a step's requests carry instead of the scenario's, e.g. a trainee's fork. */
const StepTenant = z.string().min(1)

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

/** `journal: {service: usps, path: /oauth2/v3/token, count: 1}`: how many such requests arrived. */
export const JournalCount = z
  .object({
    service: ServiceName,
    /** A path as the journal filters it; it may end in `*`. */
    path: z.string().regex(/^\/[^?#]*$/, 'Give a path starting with "/"; it may end in "*".'),
    method: z
      .string()
      .regex(/^[A-Za-z]+$/, 'Give an HTTP method such as POST.')
      .transform((m) => m.toUpperCase())
      .optional(),
    status: z.number().int().min(100).max(599).optional(),
    caller: z.enum(['browser', 'shipstation', 'stamps', 'usps']).optional(),
    count: z.number().int().min(0),
  })
  .strict()
  .meta({ id: 'JournalCount', description: 'How many matching requests a journal holds.' })
export type JournalCount = z.infer<typeof JournalCount>

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
    /** Requests a service's journal holds for this tenant, counted after the step. */
    journal: z.union([JournalCount, z.array(JournalCount).min(1)]).transform((v) => [v].flat()),
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
  tenant: StepTenant.optional(),
  capture: z.record(VariableName, Capture).optional(),
  expect: Expectation.optional(),
}
const step = <K extends string, T extends z.ZodRawShape>(kind: K, shape: T) =>
  z
    .object({ kind: z.literal(kind), ...common })
    .extend(shape)
    .strict()

const FAULT_NAMES = FAULT_CATALOGUE.map((f) => f.name)
const FAULT_TEXT = /^([a-z]+\.[a-z0-9-]+)(?: +for +(\d+) +requests?)?$/
const NamedFault = z.object({ name: z.string(), times: z.number().int().min(1).optional() })
/**
 * A fault from the catalogue (`usps.token-endpoint-down`, `... for 2 requests`, `{name, times}`)
 * or an edge fault as `POST /__sandbox/faults` takes it (`{path, status, ...}`, with `service:`).
 */
const FaultSpec = z
  .union(
    [
      z
        .string()
        .regex(
          FAULT_TEXT,
          `Write a catalogue name, e.g. "usps.token-endpoint-down for 2 requests".`,
        )
        .transform((text) => {
          const [, name = '', times] = FAULT_TEXT.exec(text) ?? []
          return { name, ...(times ? { times: Number(times) } : {}) }
        }),
      NamedFault.strict(),
      z
        .object({
          method: z
            .string()
            .regex(/^([A-Za-z]+|\*)$/)
            .optional(),
          path: z.string().regex(/^\/[^?#]*$/, 'Give a path starting with "/"; it may end in "*".'),
          status: z.number().int().min(200).max(599).optional(),
          body: z.unknown().optional(),
          headers: z.record(z.string(), z.string()).optional(),
          delayMs: z.union([z.number().int().min(0), z.array(z.number().int().min(0))]).optional(),
          drop: z.boolean().optional(),
          malformed: z.boolean().optional(),
          times: z.number().int().min(1).optional(),
        })
        .strict(),
    ],
    {
      error:
        'Write a catalogue name ("usps.token-endpoint-down for 2 requests"), {name, times}, or an edge fault {path, status...}.',
    },
  )
  .superRefine((f, ctx) => {
    if ('name' in f && !FAULT_NAMES.includes(f.name)) {
      ctx.addIssue({
        code: 'custom',
        message: `No fault "${f.name}" in the catalogue; use one of ${FAULT_NAMES.join(', ')}.`,
      })
    }
  })
  .meta({ id: 'Fault', description: 'A catalogue fault by name, or an edge fault of a service.' })

const RAW_KINDS = [
  'open',
  'click',
  'submit',
  'request',
  'control',
  'clock',
  'fault',
  'clearCookies',
]

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
  step('fault', { fault: FaultSpec, times: z.number().int().min(1).max(10_000).optional() }),
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
    /** The tenant every included step acts in (unless it names its own). */
    tenant: StepTenant.optional(),
    /** A steps file, relative to the file that uses it. */
    use: z.string().min(1),
    /** Variables set before the included steps run (they stay set afterwards). */
    with: z.record(VariableName, FieldValue).optional(),
  })
  .strict()

const validTargets = (s: unknown, ctx: z.RefinementCtx) => {
  const r = s as {
    kind: string
    open?: string
    request?: string
    service?: string
    json?: unknown
    fault?: unknown
  }
  const target = r.kind === 'open' ? r.open : r.kind === 'request' ? r.request?.split(/ +/)[1] : ''
  if (target?.startsWith('/') && !r.service) {
    ctx.addIssue({ code: 'custom', path: ['service'], message: `Name the service for ${target}.` })
  }
  if (r.kind === 'fault' && r.fault && typeof r.fault === 'object' && 'path' in r.fault) {
    if (!r.service) {
      ctx.addIssue({ code: 'custom', path: ['service'], message: 'Name the service to fault.' })
    }
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

/** The states of USPS's `POST /__sandbox/fixtures/usps-accounts`. */
const UspsGivenState = z.enum(USPS_FIXTURE_STATES)

/**
 * Where the scenario starts (issues 4-6): accounts made by the fixtures routes, or a snapshot of
 * another tenant forked into the scenario's own. Their answers are variables: `${given.usps.email}`.
 */
export const Given = z
  .object({
    /** A USPS business account for the persona (its email, username and password). */
    usps: z
      .union([
        UspsGivenState.transform((state) => ({ state })),
        z
          .object({
            state: UspsGivenState,
            paymentMethod: z.enum(['credit_card', 'ach']).optional(),
          })
          .strict(),
      ])
      .optional(),
    /** A ShipStation account, signed in in the scenario's browser. */
    shipstation: z.enum(SHIPSTATION_FIXTURE_STATES).optional(),
    /** A saved snapshot forked into the scenario's tenant (from tenant `default` unless `from`). */
    snapshot: z
      .union([
        SnapshotName.transform((name) => ({ name, from: 'default' })),
        z.object({ name: SnapshotName, from: TenantName.default('default') }).strict(),
      ])
      .optional(),
  })
  .strict()
  .refine((g) => g.usps || g.shipstation || g.snapshot, 'Give usps, shipstation or snapshot.')
  .meta({ id: 'Given', description: 'Fixtures and snapshots the scenario starts from.' })
export type Given = z.infer<typeof Given>

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
    given: Given.optional(),
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
