import type { MiddlewareHandler } from 'hono'

/** The page (`apiDocsRoutes`) whose CSP allows scripts of this origin. */
export const DOCS_PATH = '/docs'

// The pages run no script at all, so the CSP forbids every script; styles are the layout's inline
// `<style>` and a few `style` attributes. `frame-ancestors 'none'` (and X-Frame-Options) stops a
// site framing the consent screen to click-jack "Authorize"; `no-referrer` keeps tokens in URLs
// (`/sso?token=`) out of Referer. No HSTS: the sandbox speaks plain HTTP on loopback.
const csp = (scriptSrc: string) =>
  [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ')

/**
 * What `hono/secure-headers` sets with the options above (its defaults otherwise; the test pins the
 * two against each other), in the order Headers iterates them: by name.
 */
const headersWith = (scriptSrc: string): readonly (readonly [string, string])[] => [
  ['content-security-policy', csp(scriptSrc)],
  ['cross-origin-opener-policy', 'same-origin'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['origin-agent-cluster', '?1'],
  ['referrer-policy', 'no-referrer'],
  ['x-content-type-options', 'nosniff'],
  ['x-dns-prefetch-control', 'off'],
  ['x-download-options', 'noopen'],
  ['x-frame-options', 'DENY'],
  ['x-permitted-cross-domain-policies', 'none'],
  ['x-xss-protection', '0'],
]
const PAGE_HEADERS = headersWith("'none'")
// The API docs page is the one exception: Swagger UI, from this origin's /docs/assets only.
const DOCS_HEADERS = headersWith("'self'")

const headersFor = (path: string) => (path === DOCS_PATH ? DOCS_HEADERS : PAGE_HEADERS)

// Responses built with the headers already in place (`withSecurityHeaders`).
const secured = new WeakSet<Response>()

/**
 * Adds the headers every answer carries after the route has answered, to whatever it answered
 * with (pages, redirects, errors, 404s, fault responses); a response built by
 * `securedResponse` already has them, and its headers are left as they are.
 *
 * @example
 * app.use(securityHeaders())
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const res = c.res
    if (secured.has(res)) return
    const headers = res.headers
    for (const [name, value] of headersFor(c.req.path)) headers.set(name, value)
    headers.delete('x-powered-by')
  }
}

/**
 * A Response with `headers` and the security headers, as `securityHeaders` would leave it, built
 * in one step from a plain object: @hono/node-server then writes it without ever building a
 * Headers object. `headers` holds lower-case names; returned (with the security headers, by name)
 * as `record`, for the journal.
 *
 * @param wire headers sent besides the record (Content-Length over a socket).
 */
export function securedResponse(
  path: string,
  body: string,
  status: number,
  headers: Record<string, string>,
  wire?: Record<string, string>,
): { response: Response; record: Record<string, string> } {
  const record = onlyJsonType(headers) ? jsonRecordFor(path) : recordOf(path, headers)
  const response = new Response(body, { status, headers: wire ? { ...record, ...wire } : record })
  secured.add(response)
  return { response, record }
}

function recordOf(path: string, headers: Record<string, string>): Record<string, string> {
  for (const [name, value] of headersFor(path)) headers[name] = value
  delete headers['x-powered-by']
  const record: Record<string, string> = {}
  for (const name of Object.keys(headers).sort()) record[name] = headers[name] as string
  return record
}

const onlyJsonType = (headers: Record<string, string>) => {
  let count = 0
  for (const _ in headers) if (++count > 1) return false
  return headers['content-type'] === 'application/json'
}

// Most answers are `c.json(value)`: their record is always the same, made once. Shared, so frozen.
const PAGE_JSON = Object.freeze(recordOf('/', { 'content-type': 'application/json' }))
const DOCS_JSON = Object.freeze(recordOf(DOCS_PATH, { 'content-type': 'application/json' }))
const jsonRecordFor = (path: string) => (path === DOCS_PATH ? DOCS_JSON : PAGE_JSON)
