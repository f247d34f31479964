import { request as httpRequest } from 'node:http'
import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxEnv } from './app-env'
import { UnauthorizedError } from './errors'
import { maskHeaders } from './journal/mask-secrets'
import { listen } from './listen'
import { createServiceApp, lazyServiceKeys } from './service-app'
import { createMemoryStore } from './store/memory-store'

// The options securityHeaders() passed to hono/secure-headers before it set the headers itself:
// the reference its answers must match, header for header.
const honoSecureHeaders = (scriptSrc: string[]) =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc,
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    strictTransportSecurity: false,
  })

const realTime = () => Date.parse('2026-06-01T00:00:00Z')

/** Every kind of answer a route gives, each as the frame sends it. */
function withRoutes(app: Hono<SandboxEnv>): Hono<SandboxEnv> {
  app.get('/json', (c) => c.json({ a: 1 }))
  app.get('/json-created', (c) =>
    c.json({ a: 1 }, 201, { 'X-Thing': 'yes', 'cache-control': 'no-store' }),
  )
  app.get('/json-own-type', (c) =>
    c.json({ a: 1 }, 200, { 'content-type': 'application/hal+json' }),
  )
  app.get('/json-after-header', (c) => {
    c.header('X-Before', 'set')
    return c.json({ a: 1 })
  })
  app.get('/json-after-status', (c) => {
    c.status(202)
    return c.json({ a: 1 })
  })
  app.get('/json-cookie', (c) => c.json({ a: 1 }, 200, { 'Set-Cookie': 'a=b; Path=/' }))
  app.get('/json-powered', (c) => c.json({ a: 1 }, 200, { 'X-Powered-By': 'me' }))
  app.get('/docs', (c) => c.json({ docs: true }))
  app.get('/html', (c) => c.html('<p>hi</p>'))
  app.get('/text', (c) => c.text('hi'))
  app.get('/redirect', (c) => c.redirect('/json'))
  app.get(
    '/own-response',
    () => new Response('{"own":1}', { headers: { 'content-type': 'application/json' } }),
  )
  app.get('/seen-headers', (c) => c.json(maskHeaders(c.req.raw.headers)))
  app.get('/error', () => {
    throw new UnauthorizedError('Sign in first.')
  })
  return app
}

const PATHS = [
  '/json',
  '/json-created',
  '/json-own-type',
  '/json-after-header',
  '/json-after-status',
  '/json-cookie',
  '/json-powered',
  '/docs',
  '/html',
  '/text',
  '/redirect',
  '/own-response',
  '/error',
  '/no-such-route',
]

function frameApp() {
  const store = createMemoryStore()
  return withRoutes(
    createServiceApp({ service: 'usps', store, realTime, keys: lazyServiceKeys(store) }),
  )
}

/** The same routes under hono/secure-headers alone, with the frame's error and 404 answers. */
function referenceApp() {
  const app = new Hono<SandboxEnv>()
  const pages = honoSecureHeaders(["'none'"])
  const docs = honoSecureHeaders(["'self'"])
  app.use((c, next) => (c.req.path === '/docs' ? docs(c, next) : pages(c, next)))
  return withRoutes(app)
}

const entries = (headers: Headers) => [...headers]

describe('security headers', () => {
  it('are those hono/secure-headers sets, on every kind of answer, in process', async () => {
    const frame = frameApp()
    const reference = referenceApp()
    for (const path of PATHS) {
      const ours = await frame.request(path)
      expect(ours.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
      if (path === '/error' || path === '/no-such-route') continue
      const theirs = await reference.request(path)
      expect(ours.status, path).toBe(theirs.status)
      expect(entries(ours.headers), path).toEqual(entries(theirs.headers))
      expect(await ours.text(), path).toBe(await theirs.text())
    }
    const docs = await frame.request('/docs')
    expect(docs.headers.get('content-security-policy')).toContain("script-src 'self'")
  })

  it('leave the answer of an edge fault as it was armed, as they always have', async () => {
    // The edge answers a fault before the routes' middlewares run: the scripted answer, no more.
    const app = frameApp()
    const armed = await app.request('/__sandbox/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        method: 'GET',
        path: '/json',
        status: 503,
        body: { down: true },
        times: 1,
      }),
    })
    expect(armed.status).toBe(201)
    const faulted = await app.request('/json')
    expect(faulted.status).toBe(503)
    expect(entries(faulted.headers)).toEqual([['content-type', 'application/json']])
    expect(await faulted.json()).toEqual({ down: true })
    expect(entries((await app.request('/json')).headers)).toEqual(
      entries((await referenceApp().request('/json')).headers),
    )
  })

  it('are journalled as the answer carries them, whichever way the answer was built', async () => {
    const app = frameApp()
    const answers = new Map<string, Headers>()
    for (const path of PATHS) answers.set(path, (await app.request(path)).headers)
    const { entries: journal } = (await (await app.request('/__sandbox/journal')).json()) as {
      entries: { path: string; responseHeaders: Record<string, string> }[]
    }
    for (const path of PATHS) {
      const entry = journal.find((e) => e.path === path)
      const answered = answers.get(path) as Headers
      // By name, as Headers iterates them; the journal lists a Set-Cookie last, its value masked.
      const expected = Object.fromEntries([...answered].filter(([name]) => name !== 'set-cookie'))
      const cookie = answered.get('set-cookie')
      if (cookie) expected['set-cookie'] = cookie.replace('=b', '=***')
      expect(entry?.responseHeaders, path).toEqual(expected)
      expect(Object.keys(entry?.responseHeaders ?? {}), path).toEqual(Object.keys(expected))
    }
  })

  describe('over a socket', () => {
    let server: Awaited<ReturnType<typeof listen>>
    beforeAll(async () => {
      server = await listen({ fetch: frameApp().fetch, port: 0, host: '127.0.0.1' })
    })
    afterAll(() => server.close())

    /** The raw header lines as sent, without Date. */
    const rawHeaders = (path: string, method = 'GET') =>
      new Promise<{ lines: string[]; body: string }>((resolve, reject) => {
        const req = httpRequest(`${server.url}${path}`, { method }, (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (chunk) => {
            body += chunk
          })
          res.on('end', () => {
            const lines: string[] = []
            for (let i = 0; i < res.rawHeaders.length; i += 2) {
              if (res.rawHeaders[i] !== 'Date')
                lines.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`)
            }
            resolve({ lines, body })
          })
        })
        req.on('error', reject)
        req.end()
      })

    it('are sent as for a response built with a Headers object, Content-Length last', async () => {
      const fast = await rawHeaders('/json')
      // c.header() before c.json() takes hono's own way: the answer as it was always sent.
      const built = await rawHeaders('/json-after-header')
      expect(fast.body).toBe('{"a":1}')
      expect(fast.lines).toEqual(built.lines.filter((line) => !line.startsWith('x-before')))
      expect(fast.lines).toContain('Content-Length: 7')
      expect(fast.lines.indexOf('Content-Length: 7')).toBe(
        fast.lines.indexOf('Connection: keep-alive') - 1,
      )
    })

    it('journal the request headers as the route saw them', async () => {
      const res = await fetch(`${server.url}/seen-headers`, {
        headers: [
          ['Accept', 'application/json'],
          ['accept', 'text/plain'],
          ['Cookie', 'a=1'],
          ['Authorization', 'Bearer abc'],
          ['X-Padded', ' x '],
        ],
      })
      const seen = await res.json()
      const journal = (await (await fetch(`${server.url}/__sandbox/journal`)).json()) as {
        entries: { path: string; requestHeaders: Record<string, string> }[]
      }
      const entry = journal.entries.find((e) => e.path === '/seen-headers')
      expect(entry?.requestHeaders).toEqual(seen)
      expect(Object.keys(entry?.requestHeaders ?? {})).toEqual(Object.keys(seen))
      expect(seen).toMatchObject({
        accept: 'application/json, text/plain',
        authorization: 'Bearer ***',
      })
    })

    it('and a HEAD answer has them without a Content-Length, as before', async () => {
      const head = await rawHeaders('/json', 'HEAD')
      const built = await rawHeaders('/json-after-header', 'HEAD')
      expect(head.body).toBe('')
      expect(head.lines).toEqual(built.lines.filter((line) => !line.startsWith('x-before')))
      expect(head.lines.some((line) => /^content-length/i.test(line))).toBe(false)
    })
  })
})
