import { DurationText } from '@partner-sandbox/shared'
import { z } from 'zod'

export const ServiceName = z.enum(['shipstation', 'stamps', 'usps'])

const VariableName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'A variable name is letters, digits or "_", e.g. emailCode.')

const RegexText = z.string().refine((source) => {
  try {
    new RegExp(source)
    return true
  } catch {
    return false
  }
}, 'Not a valid regular expression.')

/** YAML turns `ZIP Code: 10001` into a number; forms only carry text. */
const FieldValue = z.union([z.string(), z.number(), z.boolean()]).transform(String)
const OneOrMany = z.union([z.string(), z.array(z.string())]).transform((v) => [v].flat())

const Call = z
  .string()
  .regex(
    /^(GET|POST|PUT|PATCH|DELETE|HEAD) +\S+$/,
    'Write the call as "METHOD /path", e.g. "POST /api/v1/accounts".',
  )

const UrlMatch = z.union([z.string().min(1), z.object({ regex: RegexText }).strict()])

export const Expectation = z
  .object({
    status: z.union([z.number().int().min(100).max(599), z.array(z.number().int()).min(1)]),
    text: OneOrMany,
    notText: OneOrMany,
    json: z.record(z.string(), z.unknown()),
    redirectTo: UrlMatch,
    url: UrlMatch,
  })
  .partial()
  .strict()
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

export const Capture = z.preprocess(
  (input, ctx) => tagByKey(input, CAPTURE_SOURCES, 'source', ctx, 'A capture'),
  z.discriminatedUnion('source', [
    withRegex({ source: z.literal('json'), json: z.string().min(1) }),
    withRegex({ source: z.literal('header'), header: z.string().min(1) }),
    z.object({ source: z.literal('text'), text: RegexText }).strict(),
    z.object({ source: z.literal('url'), url: RegexText }).strict(),
    withRegex({ source: z.literal('outbox'), outbox: OutboxPick }),
  ]),
)
export type Capture = z.infer<typeof Capture>

const common = {
  name: z.string().trim().min(1, 'Give every step a name people can read.'),
  service: ServiceName.optional(),
  capture: z.record(VariableName, Capture).optional(),
  expect: Expectation.optional(),
}
const step = <K extends string, T extends z.ZodRawShape>(kind: K, shape: T) =>
  z
    .object({ kind: z.literal(kind), ...common })
    .extend(shape)
    .strict()

const STEP_KINDS = ['open', 'click', 'submit', 'request', 'control', 'clock', 'clearCookies']

const StepKinds = z.discriminatedUnion('kind', [
  step('open', { open: z.string().min(1) }),
  step('click', { click: z.string().min(1) }),
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
])

export const Step = z.preprocess(
  (input, ctx) => tagByKey(input, STEP_KINDS, 'kind', ctx, 'A step', 'capture'),
  StepKinds.superRefine((s, ctx) => {
    const target = s.kind === 'open' ? s.open : s.kind === 'request' ? s.request.split(/ +/)[1] : ''
    if (target?.startsWith('/') && !s.service) {
      ctx.addIssue({
        code: 'custom',
        path: ['service'],
        message: `Name the service for ${target}.`,
      })
    }
    if (s.kind === 'request' && s.json !== undefined && s.form !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['form'],
        message: 'Send either json or form, not both.',
      })
    }
  }),
)
export type Step = z.infer<typeof Step>

export const Scenario = z
  .object({
    name: z.string().trim().min(1),
    description: z.string().optional(),
    variables: z.record(VariableName, FieldValue).optional(),
    steps: z.array(Step).min(1, 'A scenario needs at least one step.'),
  })
  .strict()
export type Scenario = z.infer<typeof Scenario>

/**
 * Marks a YAML object with the one key that says what it is (`click:`, `json:`...), so zod reports
 * errors under that kind's fields instead of a vague "no union member matched".
 */
function tagByKey(
  input: unknown,
  keys: readonly string[],
  tag: string,
  ctx: z.RefinementCtx,
  what: string,
  fallback?: string,
): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input
  const found = keys.filter((k) => k in input)
  const kind = found.length === 0 && fallback && fallback in input ? fallback : found[0]
  if (found.length > 1 || !kind) {
    const message =
      found.length > 1
        ? `${what} has exactly one of ${keys.join(', ')}; this one has ${found.join(' and ')}.`
        : `${what} needs one of ${keys.join(', ')}.`
    ctx.addIssue({ code: 'custom', message, input })
    return input
  }
  return { ...input, [tag]: kind }
}
