// src/errors.ts
import { SandboxError } from '@partner-sandbox/shared'

var ScenarioFileError = class extends SandboxError {
  name = 'ScenarioFileError'
  file
  constructor(file, detail, fieldErrors = [], cause) {
    super('scenario_invalid', 400, 'Invalid scenario file', detail, { fieldErrors, cause })
    this.file = file
  }
}
var StepFailedError = class extends SandboxError {
  name = 'StepFailedError'
  constructor(detail, cause) {
    super('step_failed', 422, 'Step failed', detail, { cause })
  }
}
var UnknownOriginError = class extends SandboxError {
  name = 'UnknownOriginError'
  constructor(url, known) {
    super(
      'unknown_origin',
      502,
      'Unknown service',
      `No sandbox service answers ${url}. The in-process sandbox serves ${known.join(', ')}; use one of those base URLs.`,
    )
  }
}

// src/scenario-schema.ts
import { DurationText } from '@partner-sandbox/shared'
import { z } from 'zod'

var ServiceName = z.enum(['shipstation', 'stamps', 'usps'])
var VariableName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'A variable name is letters, digits or "_", e.g. emailCode.')
var RegexText = z.string().refine((source) => {
  try {
    new RegExp(source)
    return true
  } catch {
    return false
  }
}, 'Not a valid regular expression.')
var FieldValue = z.union([z.string(), z.number(), z.boolean()]).transform(String)
var OneOrMany = z.union([z.string(), z.array(z.string())]).transform((v) => [v].flat())
var Call = z
  .string()
  .regex(
    /^(GET|POST|PUT|PATCH|DELETE|HEAD) +\S+$/,
    'Write the call as "METHOD /path", e.g. "POST /api/v1/accounts".',
  )
var UrlMatch = z.union([z.string().min(1), z.object({ regex: RegexText }).strict()])
var Expectation = z
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
var OutboxPick = z
  .object({
    service: ServiceName,
    to: z.string().min(1).optional(),
    channel: z.enum(['email', 'sms']).optional(),
    /** Part of the subject, to pick e.g. the bank notice rather than a newer sign-in code. */
    subject: z.string().min(1).optional(),
    field: z.enum(['code', 'link', 'text', 'subject']).default('code'),
  })
  .strict()
var CAPTURE_SOURCES = ['json', 'header', 'text', 'url', 'outbox']
var withRegex = (shape) => z.object({ ...shape, regex: RegexText.optional() }).strict()
var Capture = z.preprocess(
  (input, ctx) => tagByKey(input, CAPTURE_SOURCES, 'source', ctx, 'A capture'),
  z.discriminatedUnion('source', [
    withRegex({ source: z.literal('json'), json: z.string().min(1) }),
    withRegex({ source: z.literal('header'), header: z.string().min(1) }),
    z.object({ source: z.literal('text'), text: RegexText }).strict(),
    z.object({ source: z.literal('url'), url: RegexText }).strict(),
    withRegex({ source: z.literal('outbox'), outbox: OutboxPick }),
  ]),
)
var common = {
  name: z.string().trim().min(1, 'Give every step a name people can read.'),
  service: ServiceName.optional(),
  capture: z.record(VariableName, Capture).optional(),
  expect: Expectation.optional(),
}
var step = (kind, shape) =>
  z
    .object({ kind: z.literal(kind), ...common })
    .extend(shape)
    .strict()
var STEP_KINDS = ['open', 'click', 'submit', 'request', 'control', 'clock', 'clearCookies']
var StepKinds = z.discriminatedUnion('kind', [
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
var Step = z.preprocess(
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
    if (s.kind === 'request' && s.json !== void 0 && s.form !== void 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['form'],
        message: 'Send either json or form, not both.',
      })
    }
  }),
)
var Scenario = z
  .object({
    name: z.string().trim().min(1),
    description: z.string().optional(),
    variables: z.record(VariableName, FieldValue).optional(),
    steps: z.array(Step).min(1, 'A scenario needs at least one step.'),
  })
  .strict()
function tagByKey(input, keys, tag, ctx, what, fallback) {
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

// src/load-scenario.ts
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { parseDocument } from 'yaml'

function parseScenario(text, file = '<scenario>') {
  const doc = parseDocument(text, { prettyErrors: true, merge: true })
  if (doc.errors.length > 0) {
    const detail = doc.errors.map((e) => e.message).join('\n')
    throw new ScenarioFileError(
      file,
      `${file} is not valid YAML:
${detail}`,
      [],
      doc.errors[0],
    )
  }
  const raw = doc.toJS()
  const result = Scenario.safeParse(raw)
  if (result.success) return result.data
  const fieldErrors = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  const lines = fieldErrors.map(
    (e) => `  ${e.field || '(file)'}${stepHint(raw, e.field)}: ${e.message}`,
  )
  throw new ScenarioFileError(
    file,
    `${file} is not a valid scenario:
${lines.join('\n')}`,
    fieldErrors,
  )
}
async function loadScenario(file) {
  let text
  try {
    text = await readFile(file, 'utf8')
  } catch (cause) {
    throw new ScenarioFileError(file, `Cannot read ${file}: ${cause.message}`, [], cause)
  }
  return parseScenario(text, file)
}
async function scenarioFiles(fileOrDir) {
  const info = await stat(fileOrDir).catch((cause) => {
    throw new ScenarioFileError(fileOrDir, `Cannot find ${fileOrDir}: ${cause.message}`, [], cause)
  })
  if (!info.isDirectory()) return [fileOrDir]
  const names = (await readdir(fileOrDir)).filter((n) => /\.ya?ml$/i.test(n)).sort()
  if (names.length === 0) {
    throw new ScenarioFileError(fileOrDir, `${fileOrDir} holds no .yaml or .yml scenario files.`)
  }
  return names.map((n) => join(fileOrDir, n))
}
function stepHint(raw, field) {
  const match = /^steps\.(\d+)/.exec(field)
  if (!match || !raw || typeof raw !== 'object') return ''
  const steps = raw.steps
  const step2 = Array.isArray(steps) ? steps[Number(match[1])] : void 0
  const name = step2 && typeof step2 === 'object' ? step2.name : void 0
  return typeof name === 'string' ? ` (step "${name}")` : ''
}

// src/report.ts
function formatStep(result) {
  return result.ok
    ? `\u2713 ${result.name} (${result.ms} ms)`
    : `\u2717 ${result.name}: ${result.message}`
}
function formatSkipped(name) {
  return `- ${name} (not run)`
}
function formatSummary(passed, failed) {
  return `${passed} passed, ${failed} failed`
}

// src/runner/client.ts
import { CookieJar, TENANT_HEADER } from '@partner-sandbox/shared'

var MAX_REDIRECTS = 10
var REDIRECTS = [301, 302, 303, 307, 308]
var ScenarioClient = class {
  constructor(target) {
    this.target = target
  }
  jar = new CookieJar()
  /** The page the browser is on: where the last open, click or submit ended. */
  page
  /** `/path` on a service, or an absolute URL as it is. */
  resolve(pathOrUrl, service) {
    if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl
    if (!service) throw new StepFailedError(`name the service for ${pathOrUrl}`)
    return new URL(pathOrUrl, `${this.target.urls[service]}/`).toString()
  }
  async send(options) {
    let { method, url, body } = options
    const redirects = []
    for (;;) {
      const response = await this.#fetchOnce(method, url, options.headers, body)
      const location = response.headers.get('location')
      if (!REDIRECTS.includes(response.status) || !location || !options.follow) {
        const text = await response.text()
        if (location) redirects.push(new URL(location, url).toString())
        return {
          method,
          url,
          status: response.status,
          headers: response.headers,
          body: text,
          redirects,
        }
      }
      await response.body?.cancel()
      if (redirects.length >= MAX_REDIRECTS) {
        throw new StepFailedError(`more than ${MAX_REDIRECTS} redirects, last to ${location}`)
      }
      url = new URL(location, url).toString()
      redirects.push(url)
      if (![307, 308].includes(response.status)) {
        method = 'GET'
        body = void 0
      }
    }
  }
  async #fetchOnce(method, url, extra = {}, body) {
    const headers = new Headers(extra)
    const cookie = this.jar.headerFor(url)
    if (cookie) headers.set('cookie', cookie)
    if (this.target.tenant) headers.set(TENANT_HEADER, this.target.tenant)
    if (body instanceof URLSearchParams)
      headers.set('content-type', 'application/x-www-form-urlencoded')
    let response
    try {
      response = await this.target.fetch(
        new Request(url, { method, headers, body, redirect: 'manual' }),
      )
    } catch (cause) {
      throw new StepFailedError(`${method} ${url} failed: ${cause.message}`, cause)
    }
    this.jar.store(url, response.headers)
    return response
  }
}

// src/runner/run-scenario.ts
import { randomBytes } from 'node:crypto'

// src/runner/capture.ts
import { OutboxMessage } from '@partner-sandbox/shared'
import { z as z2 } from 'zod'

// src/runner/html.ts
var ENTITIES = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref) => {
    if (ref.startsWith('#x') || ref.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(ref.slice(2), 16))
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)))
    return ENTITIES[ref.toLowerCase()] ?? whole
  })
}
function attributesOf(tag) {
  const attrs = {}
  const body = tag.replace(/^<\s*[\w-]+/, '').replace(/\/?>$/, '')
  for (const m of body.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
  }
  return attrs
}
function visibleText(html) {
  return collapse(
    decodeEntities(
      html
        .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/<[^>]+>/g, ' '),
    ),
  )
}
function collapse(text) {
  return text.replace(/\s+/g, ' ').trim()
}
function isHtml(contentType, body) {
  return contentType.includes('html') || /^\s*<(!doctype|html)/i.test(body)
}
function linksOf(html) {
  return [...html.matchAll(/(<a\b[^>]*>)([\s\S]*?)<\/a>/gi)].flatMap((m) => {
    const href = attributesOf(m[1]).href
    return href === void 0 ? [] : [{ text: visibleText(m[2]), href }]
  })
}
function headingOf(html) {
  const m = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)
  return m ? visibleText(m[1]) : void 0
}

// src/runner/describe.ts
function readableText(exchange) {
  const type = exchange.headers.get('content-type') ?? ''
  return isHtml(type, exchange.body) ? visibleText(exchange.body) : exchange.body
}
function jsonOf(exchange) {
  try {
    return JSON.parse(exchange.body)
  } catch {
    return void 0
  }
}
function describeExchange(exchange) {
  const parts = [`${exchange.status} at ${exchange.url}`]
  const type = exchange.headers.get('content-type') ?? ''
  if (isHtml(type, exchange.body)) {
    const heading = headingOf(exchange.body)
    if (heading) parts.push(`page "${heading}"`)
    const alerts = [...exchange.body.matchAll(/<[^>]+role="alert"[^>]*>([\s\S]*?)<\/(p|div)>/g)]
      .map((m) => visibleText(m[1]))
      .filter(Boolean)
    if (alerts.length > 0) parts.push(`shows "${alerts.join(' / ')}"`)
  } else {
    const json = jsonOf(exchange)
    const detail = json?.detail ?? json?.error_description
    if (typeof detail === 'string') parts.push(`says "${detail}"`)
    else if (exchange.body) parts.push(`body ${exchange.body.slice(0, 160)}`)
  }
  return parts.join(', ')
}

// src/runner/json-match.ts
function valueAt(data, path) {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
  let current = data
  for (const part of parts) {
    if (current === null || typeof current !== 'object') return void 0
    current = current[part]
  }
  return current
}
function differenceOf(actual, expected, path = '') {
  const at = path || '(body)'
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at} is ${show(actual)}, expected a list`
    if (expected.length === 0)
      return actual.length === 0 ? void 0 : `${at} is ${show(actual)}, expected []`
    for (const [i, item] of expected.entries()) {
      if (!actual.some((a) => differenceOf(a, item) === void 0))
        return `${at} has no item like ${show(item)} (item ${i} expected; got ${show(actual)})`
    }
    return void 0
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
      return `${at} is ${show(actual)}, expected an object`
    for (const [key, value] of Object.entries(expected)) {
      const diff = differenceOf(actual[key], value, path ? `${path}.${key}` : key)
      if (diff) return diff
    }
    return void 0
  }
  if (actual === expected) return void 0
  if (typeof actual === 'number' && String(actual) === expected) return void 0
  return `${at} is ${show(actual)}, expected ${show(expected)}`
}
function show(value) {
  const text = value === void 0 ? 'missing' : JSON.stringify(value)
  return text.length > 120 ? `${text.slice(0, 117)}...` : text
}

// src/runner/capture.ts
async function captureValue(capture, exchange, client) {
  if (capture.source === 'outbox')
    return withRegex2(await fromOutbox(capture.outbox, client), capture.regex, 'outbox message')
  if (!exchange)
    throw new StepFailedError(`this step made no request to capture ${capture.source} from`)
  switch (capture.source) {
    case 'json': {
      const value = valueAt(jsonOf(exchange), capture.json)
      if (value === void 0 || value === null)
        throw new StepFailedError(`the JSON body has no ${capture.json}`)
      return withRegex2(
        typeof value === 'object' ? JSON.stringify(value) : String(value),
        capture.regex,
        capture.json,
      )
    }
    case 'header': {
      const value = exchange.headers.get(capture.header)
      if (value === null) throw new StepFailedError(`the response has no ${capture.header} header`)
      const absolute =
        capture.header.toLowerCase() === 'location'
          ? new URL(value, exchange.url).toString()
          : value
      return withRegex2(absolute, capture.regex, `the ${capture.header} header`)
    }
    case 'text':
      return withRegex2(readableText(exchange), capture.text, 'the page text')
    case 'url':
      return withRegex2(exchange.url, capture.url, 'the URL')
  }
}
var Outbox = z2.array(OutboxMessage)
async function fromOutbox(pick, client) {
  const url = new URL(client.resolve('/__sandbox/outbox', pick.service))
  if (pick.to) url.searchParams.set('to', pick.to)
  const exchange = await client.send({
    method: 'GET',
    url: url.toString(),
    follow: false,
    headers: { accept: 'application/json' },
  })
  const parsed = Outbox.safeParse(jsonOf(exchange))
  if (!parsed.success)
    throw new StepFailedError(
      `the ${pick.service} outbox answered ${exchange.status} ${exchange.body.slice(0, 160)}`,
    )
  const to = pick.to?.toLowerCase()
  const subject = pick.subject?.toLowerCase()
  const message = parsed.data.find(
    (m) =>
      (!pick.channel || m.channel === pick.channel) &&
      (!to || m.to.toLowerCase() === to) &&
      (!subject || m.subject.toLowerCase().includes(subject)),
  )
  const who = `${pick.channel ?? 'message'}${pick.to ? ` to ${pick.to}` : ''}${pick.subject ? ` about "${pick.subject}"` : ''}`
  if (!message) throw new StepFailedError(`no ${who} in the ${pick.service} outbox`)
  const value = message[pick.field]
  if (value === void 0)
    throw new StepFailedError(`the newest ${who} ("${message.subject}") has no ${pick.field}`)
  return value
}
function withRegex2(value, regex, where) {
  if (!regex) return value
  const match = new RegExp(regex).exec(value)
  if (!match)
    throw new StepFailedError(`/${regex}/ found nothing in ${where}: "${value.slice(0, 160)}"`)
  return match[1] ?? match[0]
}

// src/runner/expectations.ts
function checkExpectations(exchange, expect = {}) {
  const failures = []
  const statuses = expect.status === void 0 ? void 0 : [expect.status].flat()
  if (statuses ? !statuses.includes(exchange.status) : exchange.status >= 400) {
    failures.push(`status ${exchange.status}, expected ${statuses?.join(' or ') ?? 'below 400'}`)
  }
  const text = readableText(exchange)
  for (const wanted of expect.text ?? []) {
    if (!text.includes(collapse(wanted))) failures.push(`missing text "${wanted}"`)
  }
  for (const unwanted of expect.notText ?? []) {
    if (text.includes(collapse(unwanted))) failures.push(`unexpected text "${unwanted}"`)
  }
  if (expect.json) {
    const body = jsonOf(exchange)
    if (body === void 0) failures.push('the body is not JSON')
    else {
      for (const [path, wanted] of Object.entries(expect.json)) {
        const diff = differenceOf(valueAt(body, path), wanted, path)
        if (diff) failures.push(diff)
      }
    }
  }
  if (expect.redirectTo && !exchange.redirects.some((url) => urlMatches(url, expect.redirectTo))) {
    const seen = exchange.redirects.length > 0 ? exchange.redirects.join(' -> ') : 'no redirect'
    failures.push(`expected a redirect to ${showMatch(expect.redirectTo)}, saw ${seen}`)
  }
  if (expect.url && !urlMatches(exchange.url, expect.url)) {
    failures.push(`ended at ${exchange.url}, expected ${showMatch(expect.url)}`)
  }
  if (failures.length === 0) return void 0
  return `${failures.join('; ')} (${describeExchange(exchange)})`
}
function urlMatches(url, match) {
  if (typeof match !== 'string') return new RegExp(match.regex).test(url)
  if (match.startsWith('/')) {
    const u = new URL(url)
    return `${u.pathname}${u.search}`.startsWith(match)
  }
  return url.startsWith(match)
}
function showMatch(match) {
  return typeof match === 'string' ? match : `/${match.regex}/`
}

// src/runner/interpolate.ts
function interpolate(value, variables) {
  if (typeof value === 'string') return interpolateText(value, variables)
  if (Array.isArray(value)) return value.map((v) => interpolate(v, variables))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        interpolateText(k, variables),
        interpolate(v, variables),
      ]),
    )
  }
  return value
}
function interpolateText(text, variables) {
  return text.replace(/\$?\$\{([^}]*)\}/g, (whole, name) => {
    if (whole.startsWith('$$')) return whole.slice(1)
    const key = name.trim()
    const found = variables[key]
    if (found !== void 0) return found
    const known = Object.keys(variables).sort().join(', ')
    throw new StepFailedError(
      `unknown variable \${${key}}: capture it in an earlier step or define it under variables (known: ${known})`,
    )
  })
}

// src/runner/run-step.ts
import { SERVICE_NAMES } from '@partner-sandbox/shared'

// src/runner/form.ts
var CONTROL =
  /<(input)\b[^>]*>|(<select\b[^>]*>)([\s\S]*?)<\/select>|(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>|(<button\b[^>]*>)([\s\S]*?)<\/button>/gi
function formsOf(html) {
  return [...html.matchAll(/(<form\b[^>]*>)([\s\S]*?)<\/form>/gi)].map((m) => {
    const body = m[2]
    const controls = controlsOf(body)
    const labels = [...body.matchAll(/(<label\b[^>]*>)([\s\S]*?)<\/label>/gi)].flatMap((l) => {
      const target = attributesOf(l[1]).for
      const control = target
        ? controls.find((c) => c.attrs.id === target)
        : controlsOf(l[2]).map((inner) => controls.find((c) => sameControl(c, inner)))[0]
      return control ? [{ text: visibleText(l[2]), control }] : []
    })
    return { attrs: attributesOf(m[1]), controls, labels }
  })
}
function controlsOf(html) {
  return [...html.matchAll(CONTROL)].map((m) => {
    if (m[1]) return { tag: 'input', attrs: attributesOf(m[0]), text: '', options: [] }
    if (m[2]) {
      const options = [...m[3].matchAll(/(<option\b[^>]*>)([\s\S]*?)<\/option>/gi)].map((o) => {
        const text = visibleText(o[2])
        return [attributesOf(o[1]).value ?? text, text]
      })
      const attrs = attributesOf(m[2])
      const selected = [...m[3].matchAll(/<option\b[^>]*>/gi)].findIndex(
        (o) => 'selected' in attributesOf(o[0]),
      )
      attrs.value ??= options[Math.max(selected, 0)]?.[0] ?? ''
      return { tag: 'select', attrs, text: '', options }
    }
    if (m[4]) return { tag: 'textarea', attrs: attributesOf(m[4]), text: m[5], options: [] }
    return { tag: 'button', attrs: attributesOf(m[6]), text: visibleText(m[7]), options: [] }
  })
}
function sameControl(a, b) {
  return a.tag === b.tag && JSON.stringify(a.attrs) === JSON.stringify(b.attrs)
}
function buttonText(control) {
  if (control.tag === 'button' && (control.attrs.type ?? 'submit') === 'submit') return control.text
  if (control.tag === 'input' && ['submit', 'image'].includes(control.attrs.type ?? ''))
    return control.attrs.value ?? 'Submit'
  return void 0
}

// src/runner/fill-form.ts
var SKIPPED_INPUTS = ['submit', 'image', 'button', 'reset', 'file']
var same = (a, b) => collapse(a).toLowerCase() === collapse(b).toLowerCase()
function submitForm(html, pageUrl, input) {
  const { form, button } = findButton(formsOf(html), input.button)
  const state = /* @__PURE__ */ new Map()
  for (const control of form.controls) state.set(control, initialValue(control))
  for (const [label, value] of Object.entries(input.fill ?? {})) {
    const control = findControl(form, label)
    const type = control.attrs.type ?? ''
    if (type === 'checkbox')
      state.set(control, /^(true|on|yes)$/i.test(value) ? checkedValue(control) : null)
    else if (type === 'radio') select(form, state, control)
    else if (control.tag === 'select') state.set(control, optionValue(control, label, value))
    else state.set(control, value)
  }
  for (const label of input.check ?? [])
    state.set(
      findControl(form, label, 'checkbox'),
      checkedValue(findControl(form, label, 'checkbox')),
    )
  for (const label of input.choose ?? []) select(form, state, findControl(form, label, 'radio'))
  const body = new URLSearchParams()
  for (const control of form.controls) {
    const name = control.attrs.name
    const value = control === button ? (control.attrs.value ?? '') : state.get(control)
    if (name && value !== null && value !== void 0 && !('disabled' in control.attrs))
      body.append(name, value)
  }
  const method = (button.attrs.formmethod ?? form.attrs.method ?? 'get').toUpperCase()
  const url = new URL(button.attrs.formaction ?? form.attrs.action ?? pageUrl, pageUrl)
  if (method === 'GET') {
    url.search = body.toString()
    return { method, url: url.toString() }
  }
  return { method, url: url.toString(), body }
}
function findButton(forms, text) {
  for (const form of forms) {
    const button = form.controls.find((c) => {
      const shown = buttonText(c)
      return shown !== void 0 && same(shown, text)
    })
    if (button) return { form, button }
  }
  const all = forms.flatMap((f) => f.controls.map(buttonText).filter((t) => t !== void 0))
  const known =
    all.length > 0 ? `buttons here: ${all.map((t) => `"${t}"`).join(', ')}` : 'no form buttons here'
  throw new StepFailedError(`no button "${text}" on this page (${known})`)
}
function findControl(form, label, type) {
  const byLabel = form.labels.find((l) => same(l.text, label))?.control
  const control = byLabel ?? form.controls.find((c) => c.attrs.name === label && c.tag !== 'button')
  if (control && (!type || control.attrs.type === type)) return control
  const labels = form.labels.map((l) => `"${l.text}"`).join(', ') || 'none'
  const what = type ? `${type} labelled` : 'field labelled'
  throw new StepFailedError(`no ${what} "${label}" in the form (labels: ${labels})`)
}
function initialValue(control) {
  const type = control.attrs.type ?? 'text'
  if (control.tag === 'button') return null
  if (control.tag === 'textarea') return decodeEntities(control.text)
  if (control.tag === 'select') return control.attrs.value ?? ''
  if (SKIPPED_INPUTS.includes(type)) return null
  if (type === 'checkbox' || type === 'radio')
    return 'checked' in control.attrs ? checkedValue(control) : null
  return control.attrs.value ?? ''
}
function checkedValue(control) {
  return control.attrs.value ?? 'on'
}
function select(form, state, radio) {
  for (const c of form.controls) {
    if (c.attrs.type === 'radio' && c.attrs.name === radio.attrs.name) state.set(c, null)
  }
  state.set(radio, checkedValue(radio))
}
function optionValue(control, label, value) {
  const option = control.options.find(([v, text]) => v === value || same(text, value))
  if (option) return option[0]
  const known = control.options.map(([, text]) => `"${text}"`).join(', ')
  throw new StepFailedError(`"${label}" has no option "${value}" (options: ${known})`)
}

// src/runner/run-step.ts
var HTML_ACCEPT = { accept: 'text/html,application/xhtml+xml' }
var JSON_ACCEPT = { accept: 'application/json' }
async function performStep(step2, client) {
  switch (step2.kind) {
    case 'open':
      return visit(client, 'GET', client.resolve(step2.open, step2.service))
    case 'click': {
      const page = currentPage(client)
      const links = linksOf(page.body)
      const link =
        links.find((l) => l.text === collapse(step2.click)) ??
        links.find((l) => l.text.toLowerCase() === collapse(step2.click).toLowerCase())
      if (!link) {
        const known = links.map((l) => `"${l.text}"`).join(', ') || 'none'
        throw new StepFailedError(`no link "${step2.click}" on ${page.url} (links: ${known})`)
      }
      return visit(client, 'GET', new URL(link.href, page.url).toString())
    }
    case 'submit': {
      const page = currentPage(client)
      const form = submitForm(page.body, page.url, {
        button: step2.submit,
        fill: step2.fill,
        check: step2.check,
        choose: step2.choose,
      })
      return visit(client, form.method, form.url, form.body)
    }
    case 'request': {
      const [method = 'GET', target = '/'] = step2.request.split(/ +/)
      const headers = { ...JSON_ACCEPT, ...step2.headers }
      let body
      if (step2.form) body = new URLSearchParams(step2.form)
      else if (step2.json !== void 0) {
        body = JSON.stringify(step2.json)
        headers['content-type'] ??= 'application/json'
      }
      const url = client.resolve(target, step2.service)
      return client.send({ method, url, headers, body, follow: step2.follow })
    }
    case 'control': {
      const [method = 'GET', path = '/'] = step2.control.split(/ +/)
      const url = client.resolve(
        `/__sandbox${path.startsWith('/') ? '' : '/'}${path}`,
        step2.service,
      )
      return client.send(jsonCall(method, url, step2.json))
    }
    case 'clock': {
      const { service, ...change } = step2.clock
      let last
      for (const name of service === 'all' ? SERVICE_NAMES : [service]) {
        last = await client.send(jsonCall('POST', client.resolve('/__sandbox/clock', name), change))
        if (last.status >= 400) return last
      }
      return last
    }
    case 'clearCookies':
      if (step2.clearCookies === 'all') client.jar.clear()
      else client.jar.clear(client.target.urls[step2.clearCookies])
      return void 0
    case 'capture':
      return void 0
  }
}
async function visit(client, method, url, body) {
  client.page = await client.send({ method, url, body, headers: HTML_ACCEPT, follow: true })
  return client.page
}
function currentPage(client) {
  if (!client.page) throw new StepFailedError('no page is open yet: start with an "open" step')
  return client.page
}
function jsonCall(method, url, json) {
  const body = json === void 0 ? void 0 : JSON.stringify(json)
  const headers = { ...JSON_ACCEPT, ...(body ? { 'content-type': 'application/json' } : {}) }
  return { method, url, body, headers, follow: false }
}

// src/runner/run-scenario.ts
async function runScenario(scenario, target, options = {}) {
  const client = options.resume?.client ?? new ScenarioClient(target)
  const variables = {
    run: options.runId ?? randomBytes(4).toString('hex'),
    tenant: target.tenant ?? 'default',
    shipstationUrl: target.urls.shipstation,
    stampsUrl: target.urls.stamps,
    uspsUrl: target.urls.usps,
    ...options.resume?.variables,
  }
  const result = { name: scenario.name, steps: [], skipped: [], variables, client }
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
      const step2 = interpolate(raw, variables)
      const exchange = await performStep(step2, client)
      if (exchange) {
        const failure = checkExpectations(exchange, step2.expect)
        if (failure) throw new StepFailedError(failure)
      } else if (step2.expect) {
        throw new StepFailedError('this step makes no request, so it has nothing to expect')
      }
      for (const [variable, capture] of Object.entries(step2.capture ?? {})) {
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
function fail(result, scenario, name, index, error, options, started = performance.now()) {
  const message =
    error instanceof StepFailedError ? error.message : `unexpected error: ${error.stack ?? error}`
  const failed = { name, ok: false, ms: Math.round(performance.now() - started), message }
  result.steps.push(failed)
  options.onStep?.(failed)
  result.skipped = scenario.steps.slice(index + 1).map((s) => s.name)
  return result
}

// src/service-apps.ts
import { createApp as createShipStationApp } from '@partner-sandbox/shipstation'
import { createApp as createStampsApp } from '@partner-sandbox/stamps'
import { createApp as createUspsApp } from '@partner-sandbox/usps'

function createServiceApp(name, options) {
  const factories = {
    shipstation: createShipStationApp,
    stamps: createStampsApp,
    usps: createUspsApp,
  }
  return factories[name](options)
}

// src/sandbox.ts
import {
  createMemoryStore,
  runService,
  SERVICE_NAMES as SERVICE_NAMES2,
} from '@partner-sandbox/shared'

var IN_PROCESS_URLS = Object.freeze({
  shipstation: 'http://shipstation.sandbox.test',
  stamps: 'http://stamps.sandbox.test',
  usps: 'http://usps.sandbox.test',
})
function createInProcessSandbox(options = {}) {
  const urls = IN_PROCESS_URLS
  const stores = Object.fromEntries(
    SERVICE_NAMES2.map((name) => [name, options.stores?.[name] ?? createMemoryStore()]),
  )
  const byOrigin = new Map(SERVICE_NAMES2.map((name) => [new URL(urls[name]).origin, name]))
  const fetch2 = async (input, init) => {
    const request = new Request(input, init)
    const name = byOrigin.get(new URL(request.url).origin)
    if (!name) throw new UnknownOriginError(request.url, Object.values(urls))
    return apps[name].fetch(request)
  }
  const peer = (name) => ({ name, baseUrl: urls[name], fetch: fetch2 })
  const peers = {
    shipstation: peer('shipstation'),
    stamps: peer('stamps'),
    usps: peer('usps'),
  }
  const serviceOptions = (name) => ({
    store: stores[name],
    peers,
    realTime: options.realTime,
    random: options.random,
  })
  const apps = {
    shipstation: createServiceApp('shipstation', serviceOptions('shipstation')),
    stamps: createServiceApp('stamps', serviceOptions('stamps')),
    usps: createServiceApp('usps', serviceOptions('usps')),
  }
  return {
    apps,
    peers,
    urls,
    stores,
    fetch: fetch2,
    close: async () => {
      await Promise.all(SERVICE_NAMES2.map((name) => stores[name].close()))
    },
  }
}
async function startHttpSandbox(config, options = {}) {
  const services = {}
  const close = async () => {
    await Promise.all(Object.values(services).map((s) => s.close()))
  }
  try {
    for (const name of options.only ?? SERVICE_NAMES2) {
      services[name] = await runService(config, name, (o) =>
        createServiceApp(name, { ...o, random: options.random ?? o.random }),
      )
    }
  } catch (error) {
    await close()
    throw error
  }
  const urls = Object.fromEntries(
    SERVICE_NAMES2.map((name) => [name, config.services[name].publicUrl]),
  )
  return { services, urls, close }
}

// src/commands/run.ts
import { randomBytes as randomBytes2 } from 'node:crypto'
import { parseSandboxConfig, SERVICE_NAMES as SERVICE_NAMES3 } from '@partner-sandbox/shared'

async function runCommand(path, options) {
  const print = options.print ?? console.log
  let passed = 0
  let failed = 0
  let files = []
  try {
    files = await scenarioFiles(path)
  } catch (error) {
    print(`\u2717 ${error.message}`)
    failed++
  }
  const http = options.target === 'http' ? await httpTarget(options, print) : void 0
  if (options.target === 'http' && !http) {
    files = []
    failed++
  }
  for (const file of files) {
    let scenario
    try {
      scenario = await loadScenario(file)
    } catch (error) {
      if (!(error instanceof ScenarioFileError)) throw error
      print(`
\u2717 ${error.message}`)
      failed++
      continue
    }
    print(`
${scenario.name} (${file})`)
    const sandbox = http ? void 0 : createInProcessSandbox()
    const target = sandbox
      ? { urls: sandbox.urls, fetch: sandbox.fetch }
      : { ...http, tenant: `scn-${randomBytes2(5).toString('hex')}` }
    try {
      const result = await runScenario(scenario, target, { onStep: (s) => print(formatStep(s)) })
      for (const name of result.skipped) print(formatSkipped(name))
      passed += result.steps.filter((s) => s.ok).length
      failed += result.steps.filter((s) => !s.ok).length
    } finally {
      await sandbox?.close()
    }
  }
  print(`
${formatSummary(passed, failed)}`)
  return failed > 0 ? 1 : 0
}
async function httpTarget(options, print) {
  let config
  try {
    config = parseSandboxConfig(options.env ?? process.env)
  } catch (error) {
    print(`\u2717 ${error.message}`)
    return void 0
  }
  const urls = Object.fromEntries(
    SERVICE_NAMES3.map((name) => [
      name,
      (options.baseUrls?.[name] ?? config.services[name].publicUrl).replace(/\/$/, ''),
    ]),
  )
  for (const name of SERVICE_NAMES3) {
    const ok = await fetch(`${urls[name]}/__sandbox/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (!ok) {
      print(`\u2717 Cannot reach ${name} at ${urls[name]}. Start the sandbox first (npm start).`)
      return void 0
    }
  }
  return { urls, fetch: globalThis.fetch }
}

// src/commands/start.ts
import { closeOnSignal, parseSandboxConfig as parseSandboxConfig2 } from '@partner-sandbox/shared'

async function startCommand(options = {}) {
  const print = options.print ?? console.log
  const config = parseSandboxConfig2(options.env ?? process.env)
  const sandbox = await startHttpSandbox(options.memory ? { ...config, store: 'memory' } : config, {
    only: options.only,
  })
  for (const running of Object.values(sandbox.services)) {
    print(`${running.service.padEnd(12)} ${config.services[running.service].publicUrl}`)
  }
  const where = options.memory || config.store === 'memory' ? 'in memory' : `in ${config.dataDir}/`
  print(`State kept ${where}. Ready in ${Math.round(performance.now())} ms`)
  closeOnSignal([sandbox])
}

export {
  Capture,
  createInProcessSandbox,
  createServiceApp,
  Expectation,
  formatSkipped,
  formatStep,
  formatSummary,
  IN_PROCESS_URLS,
  loadScenario,
  parseScenario,
  runCommand,
  runScenario,
  Scenario,
  ScenarioClient,
  ScenarioFileError,
  ServiceName,
  Step,
  StepFailedError,
  scenarioFiles,
  startCommand,
  startHttpSandbox,
  UnknownOriginError,
}
//# sourceMappingURL=chunk-DLV7XGYJ.js.map
