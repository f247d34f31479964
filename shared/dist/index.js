// src/clock.ts
import { z } from 'zod'

// src/errors.ts
var SandboxError = class extends Error {
  code
  status
  title
  fieldErrors
  constructor(code, status, title, detail, options = {}) {
    super(detail, { cause: options.cause })
    this.name = new.target.name
    this.code = code
    this.status = status
    this.title = title
    this.fieldErrors = options.fieldErrors ?? []
  }
}
var ValidationError = class _ValidationError extends SandboxError {
  constructor(detail, fieldErrors, options = {}) {
    super('validation_failed', 400, 'Invalid input', detail, { ...options, fieldErrors })
  }
  /** One-field failure, for rules checked after parsing (e.g. an unknown promo code). */
  static forField(field, message) {
    return new _ValidationError(message, [{ field, message }])
  }
}
function failure(code, status, title) {
  return class extends SandboxError {
    constructor(detail, options) {
      super(code, status, title, detail, options)
    }
  }
}
var NotFoundError = class extends failure('not_found', 404, 'Not found') {}
var UnauthorizedError = class extends failure('unauthorized', 401, 'Unauthorized') {}
var ForbiddenError = class extends failure('forbidden', 403, 'Forbidden') {}
var ConflictError = class extends failure('conflict', 409, 'Conflict') {}
var InvalidTokenError = class extends failure('invalid_token', 401, 'Invalid token') {}
var TokenReplayedError = class extends failure('token_replayed', 401, 'Token already used') {}
var PeerUnavailableError = class extends failure(
  'peer_unavailable',
  502,
  'Partner service unavailable',
) {}
var CardExpiredError = class extends SandboxError {
  constructor(expiry) {
    const detail = `This card expired (${expiry}). Use a card that is still valid.`
    super('card_expired', 400, 'Card expired', detail, {
      fieldErrors: [{ field: 'expiry', message: detail }],
    })
  }
}
var CardDeclinedError = class extends SandboxError {
  constructor() {
    const detail = `Your card was declined. Use another card (test card: 4242 4242 4242 4242).`
    super('card_declined', 402, 'Card declined', detail, {
      fieldErrors: [{ field: 'cardNumber', message: detail }],
    })
  }
}

// src/clock.ts
var CLOCK_COLLECTION = 'sandbox_clock'
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 }
var DurationText = z
  .string()
  .regex(/^\d+(ms|s|m|h|d)$/, 'Use a number followed by ms, s, m, h or d, e.g. "48h".')
var ClockChange = z.union([
  z.object({ advance: DurationText }).strict(),
  z.object({ set: z.iso.datetime({ offset: true }) }).strict(),
])
function parseDuration(text) {
  const match = /^(\d+)(ms|s|m|h|d)$/.exec(text)
  if (!match) throw ValidationError.forField('advance', `"${text}" is not a duration like "48h".`)
  return Number(match[1]) * UNIT_MS[match[2]]
}
async function loadClock(store, realTime) {
  const state = await store.get(CLOCK_COLLECTION, 'clock')
  const offsetMs = state?.offsetMs ?? 0
  return { now: () => new Date(realTime() + offsetMs) }
}
async function changeClock(store, realTime, change) {
  await store.update(CLOCK_COLLECTION, 'clock', (current) => {
    const offsetMs = current?.offsetMs ?? 0
    if ('advance' in change) return { offsetMs: offsetMs + parseDuration(change.advance) }
    return { offsetMs: Date.parse(change.set) - realTime() }
  })
  return loadClock(store, realTime)
}

// src/config.ts
import { z as z2 } from 'zod'

var DEFAULT_PORTS = {
  shipstation: 4e3,
  stamps: 4100,
  usps: 4200,
}
var SERVICE_NAMES = ['shipstation', 'stamps', 'usps']
var Port = z2.coerce.number().int().min(0).max(65535)
var Url = z2.url({ protocol: /^https?$/ })
var EnvSchema = z2.object({
  SANDBOX_HOST: z2.string().min(1).default('127.0.0.1'),
  SANDBOX_STORE: z2.enum(['sqlite', 'memory']).default('sqlite'),
  SANDBOX_DATA_DIR: z2.string().min(1).default('.data'),
  SHIPSTATION_PORT: Port.default(DEFAULT_PORTS.shipstation),
  STAMPS_PORT: Port.default(DEFAULT_PORTS.stamps),
  USPS_PORT: Port.default(DEFAULT_PORTS.usps),
  SHIPSTATION_HOST: z2.string().min(1).optional(),
  STAMPS_HOST: z2.string().min(1).optional(),
  USPS_HOST: z2.string().min(1).optional(),
  SHIPSTATION_PUBLIC_URL: Url.optional(),
  STAMPS_PUBLIC_URL: Url.optional(),
  USPS_PUBLIC_URL: Url.optional(),
})
function parseSandboxConfig(env) {
  const result = EnvSchema.safeParse(env)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new TypeError(`Invalid sandbox configuration:
${lines.join('\n')}`)
  }
  const e = result.data
  const endpoint = (port, host, publicUrl) => {
    const bind = host ?? e.SANDBOX_HOST
    const shown = bind === '0.0.0.0' || bind === '::' ? '127.0.0.1' : bind
    return {
      port,
      host: bind,
      publicUrl: (publicUrl ?? `http://${shown}:${port}`).replace(/\/$/, ''),
    }
  }
  return Object.freeze({
    services: {
      shipstation: endpoint(e.SHIPSTATION_PORT, e.SHIPSTATION_HOST, e.SHIPSTATION_PUBLIC_URL),
      stamps: endpoint(e.STAMPS_PORT, e.STAMPS_HOST, e.STAMPS_PUBLIC_URL),
      usps: endpoint(e.USPS_PORT, e.USPS_HOST, e.USPS_PUBLIC_URL),
    },
    store: e.SANDBOX_STORE,
    dataDir: e.SANDBOX_DATA_DIR,
  })
}

// src/control-routes.tsx
import { Hono } from 'hono'
// src/event-outbox.ts
import { z as z3, z as z5 } from 'zod'

// src/peer.ts
function urlOf(baseUrl, path) {
  return new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString()
}

// src/random.ts
import { randomBytes, randomInt } from 'node:crypto'

var cryptoRandom = { int: (max) => randomInt(max) }
function createSeededRandom(seed) {
  let state = seed >>> 0
  return {
    int(max) {
      state = (state + 1831565813) >>> 0
      let t = state
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max)
    },
  }
}
function randomDigits(random, n, allowLeadingZero = false) {
  let out = ''
  for (let i = 0; i < n; i++) {
    out += i === 0 && !allowLeadingZero ? String(1 + random.int(9)) : String(random.int(10))
  }
  return out
}
function secretToken(bytes = 24) {
  return randomBytes(bytes).toString('base64url')
}

// src/event-outbox.ts
var PENDING_EVENTS = 'pending_events'
var PendingEvent = z3.object({
  id: z3.string(),
  peer: z3.enum(['shipstation', 'stamps', 'usps']),
  path: z3.string(),
  /** The signed JWT carrying the event; the receiver verifies it against our JWKS. */
  token: z3.string(),
  createdAt: z3.string(),
  attempts: z3.number(),
  status: z3.enum(['pending', 'delivered', 'rejected']),
  lastError: z3.string().optional(),
})
async function enqueueEvent(store, clock, event) {
  const pending = {
    id: secretToken(12),
    ...event,
    createdAt: clock.now().toISOString(),
    attempts: 0,
    status: 'pending',
  }
  await store.put(PENDING_EVENTS, pending.id, pending)
  return pending
}
async function deliverPendingEvents(store, peers) {
  const pending = (await store.list(PENDING_EVENTS)).filter((e) => e.status === 'pending')
  const results = []
  for (const event of pending) {
    const peer = peers[event.peer]
    let outcome
    try {
      const res = await peer.fetch(urlOf(peer.baseUrl, event.path), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sandbox-tenant': store.tenant },
        body: JSON.stringify({ token: event.token }),
      })
      if (res.ok) outcome = { status: 'delivered' }
      else if (res.status >= 400 && res.status < 500)
        outcome = { status: 'rejected', lastError: `${res.status} ${await res.text()}` }
      else outcome = { status: 'pending', lastError: `${res.status} ${await res.text()}` }
    } catch (cause) {
      outcome = {
        status: 'pending',
        lastError: cause instanceof Error ? cause.message : String(cause),
      }
    }
    const updated = await store.update(PENDING_EVENTS, event.id, (current) =>
      current ? { ...current, ...outcome, attempts: current.attempts + 1 } : void 0,
    )
    if (updated) results.push(updated)
  }
  return results
}
async function listEvents(store) {
  return (await store.list(PENDING_EVENTS)).reverse()
}
function startEventPump(store, peers, intervalMs = 5e3) {
  let running = false
  const timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      for (const tenant of await store.listTenants()) {
        await deliverPendingEvents(store.forTenant(tenant), peers)
      }
    } catch (error) {
      console.error('event delivery failed', error)
    } finally {
      running = false
    }
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}

// src/outbox.ts
import { z as z4 } from 'zod'

var OUTBOX = 'outbox'
var OutboxMessage = z4.object({
  id: z4.string(),
  at: z4.string(),
  channel: z4.enum(['email', 'sms']),
  to: z4.string(),
  subject: z4.string(),
  text: z4.string(),
  code: z4.string().optional(),
  link: z4.string().optional(),
})
async function sendMessage(store, clock, message) {
  const stored = { id: secretToken(9), at: clock.now().toISOString(), ...message }
  await store.put(OUTBOX, stored.id, stored)
  return stored
}
async function listMessages(store, filter = {}) {
  const all = await store.list(OUTBOX)
  const to = filter.to?.toLowerCase()
  return all.filter((m) => !to || m.to.toLowerCase() === to).reverse()
}

// src/page.tsx
import { jsx, jsxs } from 'hono/jsx/jsx-runtime'

var BRANDS = {
  shipstation: { name: 'ShipStation', color: '#1d6b2f', accent: '#8bc53f' },
  stamps: { name: 'Stamps.com', color: '#0b3d75', accent: '#f7a700' },
  usps: { name: 'USPS Business Portal', color: '#333366', accent: '#e71921' },
}
var CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1f2933;background:#f4f6f8}
header.brand{color:#fff;padding:12px 24px;display:flex;gap:16px;align-items:center;justify-content:space-between}
header.brand .name{font-weight:700;font-size:20px}header.brand nav a,header.brand nav button{color:#fff;margin-left:12px}
.sandbox-note{font-size:12px;opacity:.8}
main{max-width:760px;margin:24px auto;padding:0 16px}
.card{background:#fff;border-radius:8px;padding:24px;box-shadow:0 1px 3px rgba(0,0,0,.12);margin-bottom:16px}
h1{font-size:26px;margin:0 0 12px}h2{font-size:20px;margin:0 0 8px}
label{display:block;font-weight:600;margin:12px 0 4px}
label.check{display:flex;gap:8px;align-items:flex-start;font-weight:400}
input[type=text],input[type=email],input[type=password],input[type=tel],input[type=number],select{width:100%;padding:8px 10px;border:1px solid #9aa5b1;border-radius:4px;font:inherit}
input[aria-invalid=true],select[aria-invalid=true]{border-color:#c62828}
.field-error,.form-error{color:#c62828;margin:4px 0 0}
.form-error{background:#fdecea;border:1px solid #f5c2c0;padding:8px 12px;border-radius:4px}
button,.button{display:inline-block;margin-top:16px;padding:10px 18px;border:0;border-radius:4px;font:inherit;font-weight:600;cursor:pointer;text-decoration:none;color:#fff}
button.link{background:none;color:inherit;text-decoration:underline;padding:0;margin:0}
.banner{padding:12px 24px;display:flex;gap:12px;align-items:center;justify-content:space-between;border-bottom:1px solid rgba(0,0,0,.1)}
.banner.info{background:#fff8e1}.banner.success{background:#e8f5e9}
.modal-backdrop{position:fixed;inset:0;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center}
.modal{background:#fff;border-radius:8px;padding:24px;max-width:480px;box-shadow:0 8px 24px rgba(0,0,0,.3)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dl.facts dt{font-weight:600}
.muted{color:#52606d;font-size:14px}
.sandbox-footer{max-width:760px;margin:0 auto 24px;padding:0 16px;font-size:13px;color:#52606d}
`
var Page = ({ service, title, nav, banners, modal, children }) => {
  const brand = BRANDS[service]
  const css = `${CSS}header.brand{background:${brand.color}}button,.button{background:${brand.color}}a{color:${brand.color}}header.brand{border-bottom:4px solid ${brand.accent}}`
  return /* @__PURE__ */ jsxs('html', {
    lang: 'en',
    children: [
      /* @__PURE__ */ jsxs('head', {
        children: [
          /* @__PURE__ */ jsx('meta', { charset: 'utf-8' }),
          /* @__PURE__ */ jsx('meta', {
            name: 'viewport',
            content: 'width=device-width, initial-scale=1',
          }),
          /* @__PURE__ */ jsx('title', { children: `${title} | ${brand.name} (sandbox)` }),
          /* @__PURE__ */ jsx('style', { children: css }),
        ],
      }),
      /* @__PURE__ */ jsxs('body', {
        children: [
          /* @__PURE__ */ jsxs('header', {
            class: 'brand',
            children: [
              /* @__PURE__ */ jsxs('div', {
                children: [
                  /* @__PURE__ */ jsx('div', { class: 'name', children: brand.name }),
                  /* @__PURE__ */ jsx('div', {
                    class: 'sandbox-note',
                    children: 'Partner Sandbox: simulated service, no real accounts or charges',
                  }),
                ],
              }),
              /* @__PURE__ */ jsx('nav', { children: nav }),
            ],
          }),
          banners,
          /* @__PURE__ */ jsx('main', { children }),
          /* @__PURE__ */ jsxs('footer', {
            class: 'sandbox-footer',
            children: [
              'Sandbox tools: ',
              /* @__PURE__ */ jsx('a', {
                href: '/__sandbox/outbox',
                children: 'what this service sent (outbox)',
              }),
            ],
          }),
          modal,
        ],
      }),
    ],
  })
}

// src/outbox-page.tsx
import { Fragment, jsx as jsx2, jsxs as jsxs2 } from 'hono/jsx/jsx-runtime'

var OutboxPage = ({ service, messages }) =>
  /* @__PURE__ */ jsxs2(Page, {
    service,
    title: 'Sandbox outbox',
    children: [
      /* @__PURE__ */ jsxs2('div', {
        class: 'card',
        children: [
          /* @__PURE__ */ jsx2('h1', { children: 'Sandbox outbox' }),
          /* @__PURE__ */ jsx2('p', {
            class: 'muted',
            children:
              'Emails and text messages this service would have sent, newest first. Nothing leaves the sandbox. The same list is JSON for API clients.',
          }),
          messages.length === 0
            ? /* @__PURE__ */ jsx2('p', { children: 'Nothing sent yet.' })
            : null,
        ],
      }),
      messages.map((m) =>
        /* @__PURE__ */ jsxs2('article', {
          class: 'card',
          children: [
            /* @__PURE__ */ jsx2('h2', { children: m.subject }),
            /* @__PURE__ */ jsxs2('dl', {
              class: 'facts',
              children: [
                /* @__PURE__ */ jsx2('dt', {
                  children: m.channel === 'sms' ? 'Text to' : 'Email to',
                }),
                /* @__PURE__ */ jsx2('dd', { children: m.to }),
                /* @__PURE__ */ jsx2('dt', { children: 'Sent' }),
                /* @__PURE__ */ jsx2('dd', { children: m.at }),
                m.code
                  ? /* @__PURE__ */ jsxs2(Fragment, {
                      children: [
                        /* @__PURE__ */ jsx2('dt', { children: 'Code' }),
                        /* @__PURE__ */ jsx2('dd', {
                          children: /* @__PURE__ */ jsx2('strong', { children: m.code }),
                        }),
                      ],
                    })
                  : null,
                m.link
                  ? /* @__PURE__ */ jsxs2(Fragment, {
                      children: [
                        /* @__PURE__ */ jsx2('dt', { children: 'Link' }),
                        /* @__PURE__ */ jsx2('dd', {
                          children: /* @__PURE__ */ jsx2('a', { href: m.link, children: m.link }),
                        }),
                      ],
                    })
                  : null,
              ],
            }),
            /* @__PURE__ */ jsx2('pre', { style: 'white-space:pre-wrap', children: m.text }),
          ],
        }),
      ),
    ],
  })

// src/parse-input.ts
function parseInput(schema, input) {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const fieldErrors = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  const detail = fieldErrors
    .map((e) => (e.field ? `${e.field}: ${e.message}` : e.message))
    .join('; ')
  throw new ValidationError(detail, fieldErrors)
}

// src/read-body.ts
async function readBody(c) {
  const type = c.req.header('content-type') ?? ''
  if (type.includes('application/json')) {
    let body
    try {
      body = await c.req.json()
    } catch (cause) {
      throw new ValidationError('The request body is not valid JSON.', [], { cause })
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new ValidationError('The request body must be a JSON object.', [])
    }
    return body
  }
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
    try {
      const form = await c.req.parseBody()
      return Object.fromEntries(
        Object.entries(form).map(([k, v]) => [k, Array.isArray(v) ? v.at(-1) : v]),
      )
    } catch (cause) {
      throw new ValidationError('The form body could not be read.', [], { cause })
    }
  }
  const raw = await c.req.text()
  if (raw.trim() === '') return {}
  throw new ValidationError(
    'Send the body as application/json or application/x-www-form-urlencoded.',
    [],
  )
}

// src/control-routes.tsx
import { jsx as jsx3 } from 'hono/jsx/jsx-runtime'

var OutboxQuery = z5.object({ to: z5.string().min(1).optional() })
function createControlRoutes({ service, realTime, afterReset }) {
  return new Hono()
    .get('/health', (c) => c.json({ status: 'ok', service }))
    .get('/outbox', async (c) => {
      const { to } = parseInput(OutboxQuery, c.req.query())
      const messages = await listMessages(c.var.store, { to })
      if (prefersHtml(c.req.header('accept')))
        return c.html(/* @__PURE__ */ jsx3(OutboxPage, { service, messages }))
      return c.json(messages)
    })
    .get('/clock', (c) => c.json({ now: c.var.clock.now().toISOString(), tenant: c.var.tenant }))
    .post('/clock', async (c) => {
      const change = parseInput(ClockChange, await readBody(c))
      const clock = await changeClock(c.var.store, realTime, change)
      c.set('clock', clock)
      return c.json({ now: clock.now().toISOString(), tenant: c.var.tenant })
    })
    .post('/reset', async (c) => {
      await c.var.store.clear()
      if (afterReset) await afterReset(c)
      return c.json({ status: 'reset', service, tenant: c.var.tenant })
    })
    .get('/events', async (c) => c.json(await listEvents(c.var.store)))
}
function prefersHtml(accept) {
  return accept?.startsWith('text/html') ?? false
}

// src/cookie-jar.ts
var CookieJar = class {
  #cookies = /* @__PURE__ */ new Map()
  /** Keeps the cookies a response sets; `Max-Age=0` or a past `Expires` deletes one. */
  store(url, headers) {
    const origin = new URL(url).origin
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';')
      const eq = pair.indexOf('=')
      if (eq <= 0) continue
      const name = pair.slice(0, eq).trim()
      const value = pair.slice(eq + 1).trim()
      const jar = this.#jarOf(origin)
      if (value === '' || attributes.some(isDeletion)) jar.delete(name)
      else jar.set(name, value)
    }
  }
  /** The `Cookie` header to send to `url`, or undefined when the jar holds none for it. */
  headerFor(url) {
    const jar = this.#cookies.get(new URL(url).origin)
    if (!jar || jar.size === 0) return void 0
    return [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
  }
  /** One cookie's value for `url`'s origin. */
  valueOf(url, name) {
    return this.#cookies.get(new URL(url).origin)?.get(name)
  }
  /** Forgets one origin's cookies, or all of them: like signing out by clearing the browser. */
  clear(origin) {
    if (origin) this.#cookies.delete(new URL(origin).origin)
    else this.#cookies.clear()
  }
  #jarOf(origin) {
    let jar = this.#cookies.get(origin)
    if (!jar) {
      jar = /* @__PURE__ */ new Map()
      this.#cookies.set(origin, jar)
    }
    return jar
  }
}
function isDeletion(attribute) {
  const [key = '', value = ''] = attribute.split('=').map((s) => s.trim())
  if (/^max-age$/i.test(key)) return Number(value) <= 0
  if (/^expires$/i.test(key)) return /\b19[0-9]{2}\b/.test(value)
  return false
}

// src/error-format.ts
function errorFormat(format) {
  return async (c, next) => {
    c.set('errorFormat', format)
    await next()
  }
}
function onFormError(c, render) {
  c.set('renderFormError', async (error) => c.html(await render(error), error.status))
}

// src/form-fields.tsx
import { jsx as jsx4, jsxs as jsxs3 } from 'hono/jsx/jsx-runtime'

var Field = ({
  label,
  name,
  type = 'text',
  value,
  errors,
  autocomplete,
  required,
  hint,
  inputmode,
}) => {
  const message = fieldMessage(errors, name)
  const id = `field-${name}`
  return /* @__PURE__ */ jsxs3('div', {
    children: [
      /* @__PURE__ */ jsx4('label', { for: id, children: label }),
      hint ? /* @__PURE__ */ jsx4('p', { class: 'muted', children: hint }) : null,
      /* @__PURE__ */ jsx4('input', {
        id,
        name,
        type,
        value: type === 'password' ? void 0 : value,
        autocomplete,
        required,
        inputmode,
        'aria-invalid': message ? 'true' : void 0,
        'aria-describedby': message ? `${id}-error` : void 0,
      }),
      message
        ? /* @__PURE__ */ jsx4('p', {
            class: 'field-error',
            id: `${id}-error`,
            role: 'alert',
            children: message,
          })
        : null,
    ],
  })
}
var Checkbox = ({ label, name, checked, errors }) => {
  const message = fieldMessage(errors, name)
  const id = `field-${name}`
  return /* @__PURE__ */ jsxs3('div', {
    children: [
      /* @__PURE__ */ jsxs3('label', {
        class: 'check',
        for: id,
        children: [
          /* @__PURE__ */ jsx4('input', {
            id,
            name,
            type: 'checkbox',
            value: 'on',
            checked,
            'aria-invalid': message ? 'true' : void 0,
          }),
          /* @__PURE__ */ jsx4('span', { children: label }),
        ],
      }),
      message
        ? /* @__PURE__ */ jsx4('p', {
            class: 'field-error',
            id: `${id}-error`,
            role: 'alert',
            children: message,
          })
        : null,
    ],
  })
}
var FormErrors = ({ error, fields = [] }) => {
  if (!error) return null
  const loose = error.fieldErrors.filter((e) => !fields.includes(e.field)).map((e) => e.message)
  const besideFields = error.fieldErrors.length - loose.length
  const messages =
    loose.length > 0
      ? loose
      : besideFields > 0
        ? ['Please correct the fields marked below.']
        : [error.message]
  return /* @__PURE__ */ jsx4('div', {
    class: 'form-error',
    role: 'alert',
    children: messages.map((m) => /* @__PURE__ */ jsx4('p', { children: m })),
  })
}
function fieldMessage(errors, name) {
  return errors?.find((e) => e.field === name)?.message
}

// src/header-links.tsx
import { Fragment as Fragment2, jsx as jsx5, jsxs as jsxs4 } from 'hono/jsx/jsx-runtime'

var HeaderLinks = ({ links, signOut }) =>
  /* @__PURE__ */ jsxs4(Fragment2, {
    children: [
      links.map(([href, text]) => /* @__PURE__ */ jsx5('a', { href, children: text })),
      signOut &&
        /* @__PURE__ */ jsx5('form', {
          method: 'post',
          action: signOut.action,
          style: 'display:inline',
          children: /* @__PURE__ */ jsx5('button', {
            type: 'submit',
            class: 'link',
            children: signOut.label,
          }),
        }),
    ],
  })

// src/listen.ts
import { serve } from '@hono/node-server'

function listen({ fetch, port, host }) {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname: host }, (info) => {
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise((done) => {
            server.close(() => done())
            if ('closeAllConnections' in server) server.closeAllConnections()
          }),
      })
    })
    server.once('error', reject)
  })
}

// src/password.ts
import { randomBytes as randomBytes2, scrypt, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
import { z as z6 } from 'zod'

var scryptAsync = promisify(scrypt)
var NewPassword = z6
  .string()
  .min(8, 'Use at least 8 characters for the password.')
  .max(128, 'Use at most 128 characters for the password.')
  .regex(/[A-Za-z]/, 'The password needs at least one letter.')
  .regex(/\d/, 'The password needs at least one digit.')
async function hashPassword(password) {
  const salt = randomBytes2(16)
  const hash = await scryptAsync(password, salt, 32)
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`
}
async function verifyPassword(password, stored) {
  const [scheme, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length)
  return timingSafeEqual(actual, expected)
}

// src/payment-card.ts
import { z as z7 } from 'zod'

var TEST_CARDS = {
  approved: '4242424242424242',
  declined: '4000000000000002',
}
var digitsOnly = (v) => v.replace(/[\s-]/g, '')
function passesLuhn(number) {
  let sum = 0
  for (let i = 0; i < number.length; i++) {
    let d = Number(number[number.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}
var CardNumber = z7
  .string()
  .transform(digitsOnly)
  .pipe(
    z7
      .string()
      .regex(/^\d{13,19}$/, 'Enter the 13 to 19 digits of the card number.')
      .refine(
        passesLuhn,
        'This card number is not valid: check the digits (test card: 4242 4242 4242 4242).',
      ),
  )
var CardExpiry = z7
  .string()
  .trim()
  .regex(/^(0[1-9]|1[0-2])\/\d{2}$/, 'Enter the expiry date as MM/YY, e.g. 12/30.')
var CardCvc = z7
  .string()
  .trim()
  .regex(/^\d{3,4}$/, 'Enter the 3 or 4 digit security code.')
var CardDetails = z7.object({
  cardholderName: z7.string().trim().min(1, 'Enter the name on the card.').max(100),
  cardNumber: CardNumber,
  expiry: CardExpiry,
  cvc: CardCvc,
  billingZip: z7
    .string()
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, 'Enter a 5-digit ZIP code (or ZIP+4).'),
})
function isCardExpired(expiry, now) {
  const [mm, yy] = expiry.split('/').map(Number)
  if (mm === void 0 || yy === void 0) return true
  const firstOfNextMonth = Date.UTC(2e3 + yy, mm, 1)
  return now.getTime() >= firstOfNextMonth
}
function isDeclinedTestCard(number) {
  return number === TEST_CARDS.declined
}
function cardBrand(number) {
  if (number.startsWith('4')) return 'Visa'
  if (/^5[1-5]/.test(number) || /^2[2-7]/.test(number)) return 'Mastercard'
  if (/^3[47]/.test(number)) return 'American Express'
  if (number.startsWith('6')) return 'Discover'
  return 'Card'
}
function assertCardUsable(card, now) {
  if (isCardExpired(card.expiry, now)) throw new CardExpiredError(card.expiry)
  if (isDeclinedTestCard(card.cardNumber)) throw new CardDeclinedError()
}

// src/peer-key-set.ts
import { createRemoteJWKSet, customFetch } from 'jose'

function peerKeySet(peer) {
  return createRemoteJWKSet(new URL(urlOf(peer.baseUrl, '/.well-known/jwks.json')), {
    [customFetch]: (url, init) => peer.fetch(url, init),
    cooldownDuration: 1e3,
  })
}

// src/problem.ts
import { HTTPException } from 'hono/http-exception'

// src/wants-json.ts
function wantsJson(c) {
  const type = c.req.header('content-type') ?? ''
  const accept = c.req.header('accept') ?? ''
  return type.includes('application/json') || (accept.includes('json') && !accept.includes('html'))
}

// src/problem.ts
var PROBLEM_CONTENT_TYPE = 'application/problem+json'
function problemOf(error, instance) {
  return {
    type: `https://partner-sandbox.dev/problems/${error.code}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.fieldErrors.length > 0 ? { errors: error.fieldErrors } : {}),
  }
}
function problemResponse(error, instance) {
  return new Response(JSON.stringify(problemOf(error, instance)), {
    status: error.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE },
  })
}
function asSandboxError(error, c) {
  if (error instanceof SandboxError) return error
  if (error instanceof HTTPException) {
    return new SandboxError(
      'http_error',
      error.status,
      'Request refused',
      error.message || 'Request refused.',
      { cause: error },
    )
  }
  console.error(`[${c.req.method} ${c.req.path}]`, error)
  return new SandboxError(
    'internal_error',
    500,
    'Internal error',
    'The sandbox failed to handle this request; nothing was changed by the failing step.',
    { cause: error },
  )
}
function handleError(error, c) {
  const sandboxError = asSandboxError(error, c)
  const renderForm = c.get('renderFormError')
  if (renderForm && !wantsJson(c)) return renderForm(sandboxError)
  const format = c.get('errorFormat')
  if (format) return format(sandboxError, c)
  return problemResponse(sandboxError, c.req.path)
}
function handleNotFound(c) {
  return problemResponse(
    new SandboxError('not_found', 404, 'Not found', `No route for ${c.req.method} ${c.req.path}.`),
    c.req.path,
  )
}

// src/run-service.ts
import { join } from 'node:path'

// src/store/memory-store.ts
function createMemoryStore() {
  const tenants = /* @__PURE__ */ new Map()
  let seq = 0
  const EMPTY = /* @__PURE__ */ new Map()
  const readable = (tenant, collection) => tenants.get(tenant)?.get(collection) ?? EMPTY
  const writable = (tenant, collection) => {
    let byCollection = tenants.get(tenant)
    if (!byCollection) {
      byCollection = /* @__PURE__ */ new Map()
      tenants.set(tenant, byCollection)
    }
    let rows = byCollection.get(collection)
    if (!rows) {
      rows = /* @__PURE__ */ new Map()
      byCollection.set(collection, rows)
    }
    return rows
  }
  const forTenant = (tenant) => ({
    tenant,
    async get(collection, id) {
      const row = readable(tenant, collection).get(id)
      return row ? JSON.parse(row.json) : void 0
    },
    async put(collection, id, value) {
      const rows = writable(tenant, collection)
      rows.set(id, { seq: rows.get(id)?.seq ?? ++seq, json: JSON.stringify(value) })
    },
    async insert(collection, id, value) {
      const rows = writable(tenant, collection)
      if (rows.has(id)) return false
      rows.set(id, { seq: ++seq, json: JSON.stringify(value) })
      return true
    },
    async update(collection, id, change) {
      const row = readable(tenant, collection).get(id)
      const next = change(row ? JSON.parse(row.json) : void 0)
      if (next === void 0 && !row) return void 0
      const rows = writable(tenant, collection)
      if (next === void 0) rows.delete(id)
      else rows.set(id, { seq: row?.seq ?? ++seq, json: JSON.stringify(next) })
      return next === void 0 ? void 0 : JSON.parse(JSON.stringify(next))
    },
    async delete(collection, id) {
      return tenants.get(tenant)?.get(collection)?.delete(id) ?? false
    },
    async list(collection) {
      return [...readable(tenant, collection).values()]
        .sort((a, b) => a.seq - b.seq)
        .map((row) => JSON.parse(row.json))
    },
    async clear() {
      tenants.delete(tenant)
    },
  })
  return {
    forTenant,
    async listTenants() {
      return [...tenants.keys()]
    },
    async close() {
      tenants.clear()
    },
  }
}

// src/store/sqlite-store.ts
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'

function createSqliteStore({ file }) {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 5000')
  db.exec(`CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant TEXT NOT NULL,
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    value TEXT NOT NULL,
    UNIQUE (tenant, collection, id)
  )`)
  const selectOne = db.prepare(
    'SELECT value FROM records WHERE tenant = ? AND collection = ? AND id = ?',
  )
  const upsert = db.prepare(
    `INSERT INTO records (tenant, collection, id, value) VALUES (?, ?, ?, ?)
     ON CONFLICT (tenant, collection, id) DO UPDATE SET value = excluded.value`,
  )
  const insertNew = db.prepare(
    'INSERT OR IGNORE INTO records (tenant, collection, id, value) VALUES (?, ?, ?, ?)',
  )
  const deleteOne = db.prepare('DELETE FROM records WHERE tenant = ? AND collection = ? AND id = ?')
  const selectAll = db.prepare(
    'SELECT value FROM records WHERE tenant = ? AND collection = ? ORDER BY seq',
  )
  const deleteTenant = db.prepare('DELETE FROM records WHERE tenant = ?')
  const selectTenants = db.prepare('SELECT DISTINCT tenant FROM records')
  const forTenant = (tenant) => {
    const read = (collection, id) => {
      const row = selectOne.get(tenant, collection, id)
      return row ? JSON.parse(row.value) : void 0
    }
    const readModifyWrite = db.transaction((collection, id, change) => {
      const next = change(read(collection, id))
      if (next === void 0) deleteOne.run(tenant, collection, id)
      else upsert.run(tenant, collection, id, JSON.stringify(next))
      return next === void 0 ? void 0 : JSON.stringify(next)
    })
    return {
      tenant,
      async get(collection, id) {
        return read(collection, id)
      },
      async put(collection, id, value) {
        upsert.run(tenant, collection, id, JSON.stringify(value))
      },
      async insert(collection, id, value) {
        return insertNew.run(tenant, collection, id, JSON.stringify(value)).changes === 1
      },
      async update(collection, id, change) {
        const written = readModifyWrite(collection, id, change)
        return written === void 0 ? void 0 : JSON.parse(written)
      },
      async delete(collection, id) {
        return deleteOne.run(tenant, collection, id).changes === 1
      },
      async list(collection) {
        return selectAll.all(tenant, collection).map((row) => JSON.parse(row.value))
      },
      async clear() {
        deleteTenant.run(tenant)
      },
    }
  }
  return {
    forTenant,
    async listTenants() {
      return selectTenants.all().map((row) => row.tenant)
    },
    async close() {
      if (db.open) db.close()
    },
  }
}

// src/run-service.ts
function httpPeers(config, fetch = globalThis.fetch) {
  const peer = (name) => ({ name, baseUrl: config.services[name].publicUrl, fetch })
  return { shipstation: peer('shipstation'), stamps: peer('stamps'), usps: peer('usps') }
}
function openServiceStore(config, service) {
  return config.store === 'memory'
    ? createMemoryStore()
    : createSqliteStore({ file: join(config.dataDir, `${service}.sqlite`) })
}
async function runService(config, service, createApp) {
  const store = openServiceStore(config, service)
  const peers = httpPeers(config)
  const app = createApp({ store, peers })
  const { host, port } = config.services[service]
  const server = await listen({ fetch: app.fetch, port, host })
  const stopPump = startEventPump(store, peers)
  return {
    ...server,
    service,
    store,
    async close() {
      stopPump()
      await server.close()
      await store.close()
    },
  }
}
function closeOnSignal(running) {
  let closing = false
  const stop = async (signal) => {
    if (closing) return
    closing = true
    console.log(`
${signal} received, stopping...`)
    await Promise.all(running.map((r) => r.close()))
    process.exit(0)
  }
  process.once('SIGINT', () => void stop('SIGINT'))
  process.once('SIGTERM', () => void stop('SIGTERM'))
}

// src/service-app.ts
import { Hono as Hono2 } from 'hono'

// src/service-keys.ts
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK } from 'jose'

// src/store/store.ts
var SYSTEM_TENANT = '__system'

// src/service-keys.ts
var SERVICE_TOKEN_ALG = 'ES256'
async function loadServiceKeys(store) {
  const system = store.forTenant(SYSTEM_TENANT)
  let stored = await system.get('signing_keys', 'current')
  if (!stored) {
    const pair = await generateKeyPair(SERVICE_TOKEN_ALG, { extractable: true })
    const publicJwk = await exportJWK(pair.publicKey)
    const kid = await calculateJwkThumbprint(publicJwk)
    const candidate = { kid, privateJwk: await exportJWK(pair.privateKey), publicJwk }
    await system.insert('signing_keys', 'current', candidate)
    stored = (await system.get('signing_keys', 'current')) ?? candidate
  }
  const privateKey = await importJWK(stored.privateJwk, SERVICE_TOKEN_ALG)
  return {
    kid: stored.kid,
    privateKey,
    publicJwk: { ...stored.publicJwk, kid: stored.kid, alg: SERVICE_TOKEN_ALG, use: 'sig' },
  }
}
function jwksOf(keys) {
  return { keys: [keys.publicJwk] }
}

// src/tenant.ts
import { getCookie, setCookie } from 'hono/cookie'
import { z as z8 } from 'zod'

var TENANT_HEADER = 'X-Sandbox-Tenant'
var TENANT_PARAM = 'sandbox_tenant'
var TENANT_COOKIE = 'sandbox_tenant'
var DEFAULT_TENANT = 'default'
var TenantName = z8
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]{0,62}$/i,
    'A tenant name is 1-63 letters, digits, "-" or "_", starting with a letter or digit.',
  )
function tenantMiddleware({ store, realTime }) {
  return async (c, next) => {
    const fromQuery = c.req.query(TENANT_PARAM)
    const raw =
      c.req.header(TENANT_HEADER) ?? fromQuery ?? getCookie(c, TENANT_COOKIE) ?? DEFAULT_TENANT
    const parsed = TenantName.safeParse(raw)
    if (!parsed.success) {
      throw ValidationError.forField('tenant', parsed.error.issues[0]?.message ?? 'Invalid tenant.')
    }
    const tenant = parsed.data
    if (fromQuery !== void 0 && !c.req.header(TENANT_HEADER)) {
      setCookie(c, TENANT_COOKIE, tenant, { path: '/', httpOnly: true, sameSite: 'Lax' })
    }
    const tenantStore = store.forTenant(tenant)
    c.set('tenant', tenant)
    c.set('store', tenantStore)
    c.set('clock', await loadClock(tenantStore, realTime))
    await next()
  }
}
function withTenant(url, tenant) {
  if (tenant === DEFAULT_TENANT) return url
  const u = new URL(url)
  u.searchParams.set(TENANT_PARAM, tenant)
  return u.toString()
}

// src/service-app.ts
function createServiceApp(options) {
  const app = new Hono2()
  app.onError(handleError)
  app.notFound(handleNotFound)
  app.get('/.well-known/jwks.json', async (c) => c.json(jwksOf(await options.keys())))
  app.use(tenantMiddleware({ store: options.store, realTime: options.realTime }))
  for (const middleware of options.middleware ?? []) app.use(middleware)
  app.route(
    '/__sandbox',
    createControlRoutes({
      service: options.service,
      realTime: options.realTime,
      afterReset: options.afterReset,
    }),
  )
  return app
}
function lazyServiceKeys(store) {
  let keys
  return () => {
    keys ??= loadServiceKeys(store)
    return keys
  }
}

// src/session.ts
import { deleteCookie, getCookie as getCookie2, setCookie as setCookie2 } from 'hono/cookie'

var SESSIONS = 'sessions'
async function startSession(c, options, data) {
  const id = secretToken()
  const expiresAt = new Date(c.var.clock.now().getTime() + options.ttlSeconds * 1e3).toISOString()
  await c.var.store.put(SESSIONS, id, {
    id,
    cookie: options.cookieName,
    expiresAt,
    data,
  })
  setCookie2(c, options.cookieName, id, { path: '/', httpOnly: true, sameSite: 'Lax' })
  return id
}
async function readSession(c, cookieName) {
  const id = sessionIdOf(c, cookieName)
  if (!id) return void 0
  const session = await c.var.store.get(SESSIONS, id)
  if (!session || session.cookie !== cookieName) return void 0
  if (Date.parse(session.expiresAt) <= c.var.clock.now().getTime()) {
    await c.var.store.delete(SESSIONS, id)
    return void 0
  }
  return session.data
}
async function updateSession(c, cookieName, data) {
  const id = sessionIdOf(c, cookieName)
  if (!id) return
  await c.var.store.update(SESSIONS, id, (s) => (s ? { ...s, data } : void 0))
}
async function endSession(c, cookieName) {
  const id = sessionIdOf(c, cookieName)
  if (id) await c.var.store.delete(SESSIONS, id)
  deleteCookie(c, cookieName, { path: '/' })
}
function sessionIdOf(c, cookieName) {
  const cookie = getCookie2(c, cookieName)
  if (cookie) return cookie
  const auth = c.req.header('authorization')
  return auth?.startsWith('Bearer ') ? auth.slice(7).trim() : void 0
}

// src/sign-service-token.ts
import { SignJWT } from 'jose'

async function signServiceToken(keys, options) {
  const nowSeconds = Math.floor(options.clock.now().getTime() / 1e3)
  return new SignJWT({ ...options.claims, tenant: options.tenant })
    .setProtectedHeader({ alg: SERVICE_TOKEN_ALG, kid: keys.kid, typ: options.type })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setSubject(options.subject)
    .setJti(secretToken(16))
    .setIssuedAt(nowSeconds)
    .setNotBefore(nowSeconds - 5)
    .setExpirationTime(nowSeconds + options.ttlSeconds)
    .sign(keys.privateKey)
}

// src/signed-event.ts
import { z as z9 } from 'zod'

// src/token-replay.ts
async function rememberTokenId(store, payload) {
  return store.insert('used_token_ids', `${payload.iss}#${payload.jti}`, {
    expiresAt: new Date(payload.exp * 1e3).toISOString(),
  })
}
async function forgetTokenId(store, payload) {
  await store.delete('used_token_ids', `${payload.iss}#${payload.jti}`)
}
async function consumeTokenId(store, payload) {
  if (!(await rememberTokenId(store, payload))) {
    throw new TokenReplayedError(
      'This sign-in link was already used. Open it again from its source.',
    )
  }
}

// src/verify-service-token.ts
import { errors as joseErrors, jwtVerify } from 'jose'

async function verifyServiceToken(token, keySet, options) {
  try {
    const { payload } = await jwtVerify(token, keySet, {
      algorithms: [SERVICE_TOKEN_ALG],
      typ: options.type,
      issuer: options.issuer,
      audience: options.audience,
      currentDate: options.clock.now(),
      requiredClaims: ['jti', 'sub', 'exp', 'tenant'],
    })
    if (typeof payload.tenant !== 'string') throw new InvalidTokenError('The token has no tenant.')
    return payload
  } catch (cause) {
    if (cause instanceof InvalidTokenError) throw cause
    if (isKeyFetchFailure(cause)) {
      throw new PeerUnavailableError(
        `Could not fetch the public keys of ${options.issuer} to check the token; try again when it is reachable.`,
        { cause },
      )
    }
    throw new InvalidTokenError(describeJoseFailure(cause), { cause })
  }
}
function isKeyFetchFailure(cause) {
  return (
    cause instanceof joseErrors.JWKSTimeout ||
    cause instanceof joseErrors.JWKSInvalid || // jose wraps every token problem in a JOSEError; anything else came from fetching the keys.
    !(cause instanceof joseErrors.JOSEError)
  )
}
function describeJoseFailure(cause) {
  if (cause instanceof joseErrors.JWTExpired)
    return 'The token has expired. Start again from the link.'
  if (cause instanceof joseErrors.JWSSignatureVerificationFailed)
    return 'The token signature does not verify against the issuer keys.'
  if (cause instanceof joseErrors.JWTClaimValidationFailed)
    return `The token claim "${cause.claim}" is not acceptable: ${cause.reason}.`
  if (cause instanceof joseErrors.JWKSNoMatchingKey)
    return 'The token was signed with an unknown key.'
  if (cause instanceof joseErrors.JOSEError) return `The token is not valid: ${cause.message}`
  return 'The token could not be read.'
}

// src/signed-event.ts
var EVENT_TOKEN_TYPE = 'event+jwt'
var EVENT_TTL_SECONDS = 7 * 24 * 3600
var SignedEventBody = z9.object({ token: z9.string().min(1, 'token is required') })
function signEvent(keys, options) {
  return signServiceToken(keys, {
    type: EVENT_TOKEN_TYPE,
    issuer: options.issuer,
    audience: options.audience,
    subject: options.subject,
    tenant: options.tenant,
    ttlSeconds: EVENT_TTL_SECONDS,
    clock: options.clock,
    claims: { event: options.event, data: options.data },
  })
}
async function receiveSignedEvent(body, keySet, options) {
  const { token } = parseInput(SignedEventBody, body)
  const payload = await verifyServiceToken(token, keySet, {
    type: EVENT_TOKEN_TYPE,
    issuer: options.issuer,
    audience: options.audience,
    clock: options.clock,
  })
  if (payload.tenant !== options.store.tenant) {
    throw new InvalidTokenError(
      `The event belongs to tenant "${payload.tenant}", not "${options.store.tenant}".`,
    )
  }
  const event = payload.event
  const data = payload.data
  if (typeof event !== 'string' || typeof data !== 'object' || data === null) {
    throw new InvalidTokenError('The event token has no event name or data.')
  }
  const duplicate = !(await rememberTokenId(options.store, payload))
  return { payload, event, data, duplicate }
}
async function applySignedEvent(body, keySet, options, apply) {
  const received = await receiveSignedEvent(body, keySet, options)
  if (received.duplicate) return { status: 'duplicate' }
  try {
    return { status: 'processed', event: received.event, result: await apply(received) }
  } catch (error) {
    await forgetTokenId(options.store, received.payload)
    throw error
  }
}

// src/usps-error-codes.ts
var USPS_ERROR = {
  /** Could not find an EPS Account with number: %s. */
  EPS_ACCOUNT_NOT_FOUND: '100001',
  /** Your EPS Account is not Active. */
  EPS_ACCOUNT_NOT_ACTIVE: '100002',
  /** Your EPS Account does not have a Primary Payment Method. */
  EPS_NO_PRIMARY_PAYMENT_METHOD: '100003',
  /** EPS Primary Payment Method is not Active (e.g. ACH still Pending). */
  EPS_PAYMENT_METHOD_NOT_ACTIVE: '100004',
  /** We are having trouble validating your credit card, please try again later. */
  CARD_VALIDATION_UNAVAILABLE: '100005',
  /** We are having trouble validating your credit card, please check your credit card details. */
  CARD_VALIDATION_FAILED: '100006',
  /** Your Trust balance has insufficient funds. */
  INSUFFICIENT_FUNDS: '100007',
  PERMIT_ZIP_REQUIRED: '160215',
  ROLE_REQUIRES_CRID: '160218',
  ROLE_WITHOUT_NAME: '160219',
  ROLE_REQUIRES_PERMIT_OR_EPS: '160220',
  ROLE_REQUIRES_MID: '160221',
  ROLE_REQUIRES_MANIFEST_MID: '160222',
  ROLE_REQUIRES_ACCOUNT_TYPE: '160223',
  ROLE_REQUIRES_ACCOUNT_NUMBER: '160224',
  ROLE_REQUIRES_PERMIT_NUMBER: '160225',
  ROLE_REQUIRES_PERMIT_ZIP: '160226',
  DUPLICATE_ROLES: '160227',
  PAYER_REQUIRED: '160228',
  LABEL_OWNER_REQUIRED: '160229',
  MAIL_OWNER_REQUIRED: '160254',
  METER_REQUIRES_ACCOUNT_NUMBER: '160289',
  METER_PRICING_PC_POSTAGE_ONLY: '160290',
  LABEL_PROVIDER_EPS_ONLY: '160372',
  ROLE_REQUIRES_ACCOUNT_TYPE_OF: '160390',
}
var USPS_ERROR_MESSAGE = {
  100001: 'Could not find an EPS Account with number: %s.',
  100002: 'Your EPS Account is not Active, please check your account and try again.',
  100003:
    'Your EPS Account does not have a Primary Payment Method, please check your account and try again.',
  100004:
    'EPS Primary Payment Method is not Active, please check your payment method and try again.',
  100005: 'We are having trouble validating your credit card, please try again later.',
  100006:
    'We are having trouble validating your credit card, please check your credit card details and try again.',
  100007:
    'Your Trust balance has insufficient funds. Please fund your Trust balance and try again.',
}
function uspsErrorMessage(code, value = '') {
  return (USPS_ERROR_MESSAGE[code] ?? code).replace('%s', value)
}

export {
  applySignedEvent,
  assertCardUsable,
  CardCvc,
  CardDeclinedError,
  CardDetails,
  CardExpiredError,
  CardExpiry,
  CardNumber,
  Checkbox,
  ClockChange,
  ConflictError,
  CookieJar,
  cardBrand,
  changeClock,
  closeOnSignal,
  consumeTokenId,
  createControlRoutes,
  createMemoryStore,
  createSeededRandom,
  createServiceApp,
  createSqliteStore,
  cryptoRandom,
  DEFAULT_PORTS,
  DEFAULT_TENANT,
  DurationText,
  deliverPendingEvents,
  EVENT_TOKEN_TYPE,
  endSession,
  enqueueEvent,
  errorFormat,
  Field,
  ForbiddenError,
  FormErrors,
  fieldMessage,
  forgetTokenId,
  HeaderLinks,
  handleError,
  handleNotFound,
  hashPassword,
  httpPeers,
  InvalidTokenError,
  isCardExpired,
  isDeclinedTestCard,
  jwksOf,
  lazyServiceKeys,
  listEvents,
  listen,
  listMessages,
  loadClock,
  loadServiceKeys,
  NewPassword,
  NotFoundError,
  OutboxMessage,
  onFormError,
  openServiceStore,
  Page,
  PeerUnavailableError,
  PendingEvent,
  PROBLEM_CONTENT_TYPE,
  parseDuration,
  parseInput,
  parseSandboxConfig,
  passesLuhn,
  peerKeySet,
  problemOf,
  problemResponse,
  randomDigits,
  readBody,
  readSession,
  receiveSignedEvent,
  rememberTokenId,
  runService,
  SandboxError,
  SERVICE_NAMES,
  SignedEventBody,
  SYSTEM_TENANT,
  secretToken,
  sendMessage,
  signEvent,
  signServiceToken,
  startEventPump,
  startSession,
  TENANT_HEADER,
  TENANT_PARAM,
  TEST_CARDS,
  TenantName,
  TokenReplayedError,
  tenantMiddleware,
  UnauthorizedError,
  USPS_ERROR,
  USPS_ERROR_MESSAGE,
  updateSession,
  urlOf,
  uspsErrorMessage,
  ValidationError,
  verifyPassword,
  verifyServiceToken,
  wantsJson,
  withTenant,
}
//# sourceMappingURL=index.js.map
