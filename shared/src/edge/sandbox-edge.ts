import type { Context, MiddlewareHandler } from 'hono'
import { edgeFaultMatches, type Fault, listFaults, takeFault } from '../faults/fault'
import { faultDelay, faultResponse, isDroppedConnection } from '../faults/fault-response'
import type { Journal } from '../journal/journal'
import { maskHeaderRecord, maskHeaders, maskRawHeaders, maskUrl } from '../journal/mask-secrets'
import { findTokens } from '../journal/token-sightings'
import type { ServiceName } from '../peer'
import type { RandomSource } from '../random'
import { BODYLESS, declaredLength } from '../request-body-limit'
import { requestedTenant } from '../requested-tenant'
import { securedResponse } from '../security-headers'
import type { Store } from '../store/store'
import { tenantMemo } from '../store/write-generation'
import { isTenantName } from '../tenant'
import { callerOf } from './caller-peers'

export interface SandboxEdgeOptions {
  service: ServiceName
  store: Store
  journal: Journal
  random: RandomSource
  /** Wall-clock milliseconds (sub-millisecond precision), for the journal's arrival times. */
  now?: () => number
}

// The journal and faults control routes are the sandbox's own instruments: recording them would
// fill the journal with the trainer's page views, and faulting them would lock the trainer out.
const INSTRUMENTS = /^\/__sandbox\/(journal|faults)(\/|$)/
const CONTROL = /^\/__sandbox(\/|$)/
// Bodies larger than this are counted, not read for tokens.
const READ_LIMIT = 64 * 1024

/**
 * The service's edge, mounted before every route (the JWKS included): applies this tenant's edge
 * faults to requests outside the control API, then records the request and its answer in the
 * journal. Runs before the tenant middleware, so it resolves the tenant by the same rule; a
 * request naming an invalid tenant is left to the tenant middleware to refuse.
 *
 * @example
 * app.use(sandboxEdge({ service: 'usps', store, journal, random }))
 */
export function sandboxEdge(options: SandboxEdgeOptions): MiddlewareHandler {
  const now = options.now ?? (() => performance.timeOrigin + performance.now())
  // Most tenants have no fault most of the time: the list is read again only after a write to the
  // tenant (arming, a hit, a restore, a reset), not on every request.
  const faultsOf = tenantMemo(listFaults)
  return async (c, next) => {
    const path = c.req.path
    if (INSTRUMENTS.test(path)) return next()
    const tenant = requestedTenant(c).tenant
    if (!isTenantName(tenant)) return next()
    const startedAt = now()
    const requestBody = await readRequestBody(c)
    let fault: Fault | undefined
    if (!CONTROL.test(path)) {
      const method = c.req.method
      const view = options.store.forTenant(tenant)
      const matches = (f: Fault) => edgeFaultMatches(f, method, path)
      if ((await faultsOf(view)).some(matches)) fault = await takeFault(view, matches)
    }
    let answered: Response | undefined
    if (fault) {
      const delay = faultDelay(fault.delayMs, options.random)
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))
      answered = faultResponse(c, fault)
    }
    const written = answered ? undefined : rememberJson(c)
    if (!answered) await next()
    const response = answered ?? c.res
    const dropped = isDroppedConnection(response)
    const responseBody = dropped
      ? undefined
      : (written?.(response) ?? (await readResponseBody(response)))
    if (responseBody?.copy) {
      if (answered) answered = responseBody.copy
      else c.res = responseBody.copy
    }
    const own = responseBody?.headers
    const location = (own ? own.location : response.headers.get('location')) ?? undefined
    options.journal.record({
      service: options.service,
      tenant,
      caller: callerOf(c),
      at: new Date(startedAt).toISOString(),
      startedAt,
      method: c.req.method,
      url: maskUrl(pathAndQuery(c.req.url)),
      path,
      requestHeaders: requestHeadersOf(c),
      requestBytes: requestBody.bytes ?? 0,
      status: dropped ? 0 : response.status,
      responseHeaders: dropped ? {} : own ? maskHeaderRecord(own) : maskHeaders(response.headers),
      responseBytes: dropped ? null : (responseBody?.bytes ?? null),
      durationMs: Math.round((now() - startedAt) * 100) / 100,
      tokens: findTokens({
        url: c.req.url,
        authorization: c.req.header('authorization'),
        location,
        requestBody: requestBody.text,
        responseBody: responseBody?.text,
      }),
      ...(fault ? { fault: { id: fault.id, ...(fault.name ? { name: fault.name } : {}) } } : {}),
    })
    if (answered) return answered
  }
}

/**
 * `pathname + search` of a request's URL, which is always a serialised URL (`href`: Request and
 * @hono/node-server both normalise it), without parsing it again: what follows the origin, less
 * a fragment and a bare `?` (an empty query is no `search`).
 */
export function pathAndQuery(href: string): string {
  const scheme = href.indexOf('://')
  const slash = href.indexOf('/', scheme < 0 ? 0 : scheme + 3)
  if (scheme < 0 || slash < 0) {
    const url = new URL(href)
    return `${url.pathname}${url.search}`
  }
  const hash = href.indexOf('#', slash)
  const rest = hash < 0 ? href.slice(slash) : href.slice(slash, hash)
  return rest.endsWith('?') && rest.indexOf('?') === rest.length - 1 ? rest.slice(0, -1) : rest
}

/**
 * The request headers for the journal. Over a socket they are read off Node's raw headers, as
 * received: `c.req.raw.headers` would build @hono/node-server's full Headers object only for this.
 */
function requestHeadersOf(c: Context): Record<string, string> {
  const raw = (c.env as { incoming?: { rawHeaders?: string[] } } | undefined)?.incoming?.rawHeaders
  return raw ? maskRawHeaders(raw) : maskHeaders(c.req.raw.headers)
}

interface BodyRead {
  bytes: number | null
  /** The text of a JSON or form body small enough to look for tokens in. */
  text?: string
}

/**
 * A response body as the journal saw it; `copy` replaces a Response whose body was read, `headers`
 * are the response's own (by name, lower-case) when it was built from a plain object.
 */
type ResponseRead = BodyRead & { copy?: Response; headers?: Record<string, string> }

const TOKEN_BEARING = /json|x-www-form-urlencoded/

/**
 * The request body's size, and its text when it may carry tokens. Read through Hono's body cache
 * (no clone), so the route reads it again for free.
 */
async function readRequestBody(c: Context): Promise<BodyRead> {
  // The headers are asked before `c.req.raw.body`, which builds @hono/node-server's full Request
  // (a stream over the socket); its `arrayBuffer()` reads the socket directly without one.
  if (BODYLESS.test(c.req.method)) return { bytes: 0 }
  const declared = declaredLength(c.req.header('content-length'))
  if (declared === 0 || (declared ?? 0) > READ_LIMIT) return { bytes: declared ?? 0 }
  if (declared === undefined && !c.req.raw.body) return { bytes: 0 }
  // hono keeps what it read (`c.req.bodyCache`): the route's `c.req.json()`, `parseBody()` or
  // `arrayBuffer()` gets these bytes, so the spent Request needs no copy with the same body.
  const buffer = await c.req.arrayBuffer()
  const readable = TOKEN_BEARING.test(c.req.header('content-type') ?? '')
  const text = readable ? decode(buffer) : undefined
  // The route's `c.req.json()` or `text()` asks hono's cache for text: with only the bytes there,
  // hono builds a Response around them to decode them (a full one, with a body stream, under
  // @hono/node-server). The text decoded here is what that Response's `text()` answers (UTF-8,
  // BOM dropped, bad bytes replaced), so it is kept as well, after the bytes.
  if (text !== undefined)
    (c.req.bodyCache as Record<string, Promise<unknown>>).text = Promise.resolve(text)
  return { bytes: buffer.byteLength, text }
}

/**
 * Makes `c.json` remember the text it answers with, so the journal finds tokens in a route's JSON
 * answer without reading and copying the Response. While the route has set no header or status of
 * its own (`c.header`, `c.status`) and passes only a status and single-valued headers, the answer
 * is built whole here, security headers included (`securedResponse`), from a plain object: neither
 * the frame nor @hono/node-server then builds a Headers object for it. Otherwise it is built as
 * `c.json` builds it (`c.body` with a JSON Content-Type the caller's headers may override).
 * Returns what was written for a response, or undefined when the response is not one `c.json`
 * built (errors, faults, replaced responses): those are read as before.
 */
function rememberJson(c: Context): (response: Response) => ResponseRead | undefined {
  let last:
    | { response: Response; text: string; bytes?: number; headers?: Record<string, string> }
    | undefined
  let prepared = false
  const { header, status } = c
  c.header = ((...args: Parameters<typeof header>) => {
    prepared = true
    return header(...args)
  }) as typeof header
  c.status = (code) => {
    prepared = true
    status(code)
  }
  const json = c.json
  const body = c.body as (text: string, arg?: unknown, headers?: unknown) => Response
  c.json = ((object: unknown, arg?: unknown, headers?: Record<string, unknown>) => {
    const text = JSON.stringify(object)
    if (text === undefined) return json(object as never, arg as never, headers as never)
    const own =
      prepared || (arg !== undefined && typeof arg !== 'number') ? undefined : plain(headers)
    if (own) {
      // Over a socket Content-Length goes last, where @hono/node-server puts it for a response
      // with a Headers object; a HEAD answer (hono copies this one without its body) has none.
      const overSocket = (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined
      const bytes = Buffer.byteLength(text)
      const wire =
        overSocket && c.req.method !== 'HEAD' ? { 'Content-Length': String(bytes) } : undefined
      const { response, record } = securedResponse(
        c.req.path,
        text,
        (arg as number | undefined) ?? 200,
        own,
        wire,
      )
      last = { response, text, bytes, headers: record }
      return response
    }
    const response = body(text, arg, { 'Content-Type': 'application/json', ...headers })
    last = { response, text }
    return response
  }) as typeof c.json
  return (response) => {
    if (last?.response !== response) return undefined
    const bytes = last.bytes ?? Buffer.byteLength(last.text)
    return {
      bytes,
      text: bytes <= READ_LIMIT ? last.text : undefined,
      ...(last.headers ? { headers: last.headers } : {}),
    }
  }
}

/**
 * `{ 'content-type': 'application/json' }` with the caller's headers (lower-case names, as
 * Headers keeps them), or undefined when one of them is not a plain single value that Headers
 * would keep as given (a list, a Set-Cookie, surrounding white space).
 */
function plain(headers: Record<string, unknown> | undefined): Record<string, string> | undefined {
  const out: Record<string, string> = { 'content-type': 'application/json' }
  for (const name in headers) {
    const value = headers[name]
    const lower = name.toLowerCase()
    if (typeof value !== 'string' || lower === 'set-cookie' || value.trim() !== value) {
      return undefined
    }
    out[lower] = value
  }
  return out
}

/**
 * A JSON answer (token responses) is read for tokens and handed on as a copy; any other answer
 * is left unread, its size taken from Content-Length when it has one.
 */
async function readResponseBody(response: Response): Promise<ResponseRead> {
  const declared = response.headers.get('content-length')
  const bytes = declared === null ? null : Number(declared)
  if (!response.body || !/json/.test(response.headers.get('content-type') ?? '')) return { bytes }
  if (bytes !== null && bytes > READ_LIMIT) return { bytes }
  const text = await response.text()
  // A string body keeps @hono/node-server on its fast path (one write); an ArrayBuffer would be
  // streamed to the socket chunk by chunk.
  const copy = new Response(text, response)
  const size = Buffer.byteLength(text)
  return { bytes: size, text: size <= READ_LIMIT ? text : undefined, copy }
}

// One decoder for every body: decoding a whole buffer keeps no state between calls.
const decoder = new TextDecoder()
const decode = (buffer: ArrayBuffer) =>
  buffer.byteLength <= READ_LIMIT ? decoder.decode(buffer) : undefined
