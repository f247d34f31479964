import { openApiPath } from '@partner-sandbox/shared'
import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../errors'
import { createTestApp } from '../testing/harness'

/**
 * Routes that answer HTML pages (or form posts from them) and so are no part of the JSON API.
 * A new route must be added either to the OpenAPI document or, if it is a page, here.
 */
const HTML_ROUTES = new Set([
  'GET /',
  'GET /docs',
  'GET /docs/assets/:file',
  'GET /login',
  'POST /login',
  'GET /login/mfa',
  'POST /login/mfa',
  'POST /login/mfa/resend',
  'POST /logout',
  'GET /oauth2/v3/consent/:id',
  'POST /oauth2/v3/consent/:id',
  'GET /portal',
  'GET /portal/account',
  'POST /portal/payment-account',
  'GET /portal/payment-account/ach',
  'POST /portal/payment-account/ach',
  'GET /portal/payment-account/credit-card',
  'POST /portal/payment-account/credit-card',
  'GET /portal/payment-account/verify',
  'POST /portal/payment-account/verify',
  'GET /rep',
  'POST /rep/links/:id/approve',
  'POST /rep/links/:id/reject',
  'GET /rep/contracts/:eps',
  'POST /rep/contracts/:eps',
  'GET /rep/promo-codes',
  'POST /rep/promo-codes',
  'POST /portal/account/partners/:clientId/revoke',
  'GET /__sandbox/journal/view',
  'GET /__sandbox/sign-in',
  'POST /__sandbox/sign-in',
  'POST /__sandbox/sign-out',
  'GET /register',
  'POST /register',
  'GET /register/check-email',
  'GET /register/company',
  'POST /register/company',
  'GET /register/contact',
  'POST /register/contact',
  'GET /register/security',
  'POST /register/security',
  'GET /register/validate',
  'POST /register/validate',
])

type Document = { openapi: string; paths: Record<string, Record<string, unknown>>; info: unknown }

async function documentOf(t: ReturnType<typeof createTestApp>): Promise<Document> {
  const res = await t.app.request('/openapi.json')
  expect(res.status).toBe(200)
  return (await res.json()) as Document
}

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = await documentOf(createTestApp())
    expect(doc.openapi).toBe('3.1.0')
    type Spec = Parameters<Validator['validate']>[0]
    const result = await new Validator().validate(doc as unknown as Spec)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    // The validator does refuse a broken document (here: an info without title and version).
    const broken = await new Validator().validate({ ...doc, info: {} } as unknown as Spec)
    expect(broken.valid).toBe(false)
  })

  it('lists every JSON route of the app, and only routes the app has', async () => {
    const t = createTestApp()
    const doc = await documentOf(t)
    // Middleware (`use`) shows up as method ALL; the pages are listed above.
    const routes = new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path}`)
        .filter((r) => !HTML_ROUTES.has(r)),
    )
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    )
    const missing = [...routes].filter((r) => {
      const [method, path = ''] = r.split(' ')
      return !documented.has(`${method} ${openApiPath(path)}`)
    })
    expect(missing).toEqual([])
    const routesInDocForm = new Set(
      [...routes].map((r) => {
        const [method, path = ''] = r.split(' ')
        return `${method} ${openApiPath(path)}`
      }),
    )
    expect([...documented].filter((r) => !routesInDocForm.has(r))).toEqual([])
  })

  it('describes the v3 bodies from the zod schemas and lists the error codes', async () => {
    const doc = await documentOf(createTestApp())
    const search = doc.paths['/prices/v3/base-rates/search']?.post as {
      requestBody: { content: { 'application/json': { schema: { required: string[] } } } }
    }
    expect(search.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['originZIPCode', 'destinationZIPCode', 'weight', 'mailClass']),
    )
    const info = doc.info as { description: string }
    for (const code of ['030001', '030004', '030008', '030010', '160212', '160302', '160369']) {
      expect(info.description).toContain(`| ${code} |`)
    }
    // Every problem+json code the service can answer, with what it means.
    for (const code of ERROR_CODES)
      expect(info.description).toMatch(new RegExp(`\\| ${code} \\| \\S`))
    expect(info.description).toContain('`validation_failed` (400')
  })
})

describe('GET /docs', () => {
  it('serves Swagger UI from the local package, no CDN', async () => {
    const t = createTestApp()
    const page = await t.app.request('/docs')
    // Only this page may run a script, and only from this origin.
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await page.text()
    expect(html).toContain('id="swagger-ui"')
    // Readable without scripts too.
    expect(html).toContain('<code>POST /labels/v3/label</code>')
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1])
    expect(scripts).toEqual(['/docs/assets/swagger-ui-bundle.js', '/docs/assets/swagger-init.js'])
    expect(html).not.toMatch(/https?:\/\//)
    const bundle = await t.app.request('/docs/assets/swagger-ui-bundle.js')
    expect(bundle.status).toBe(200)
    expect(bundle.headers.get('content-type')).toContain('javascript')
    expect((await bundle.text()).length).toBeGreaterThan(100_000)
    expect((await t.app.request('/docs/assets/swagger-ui.css')).status).toBe(200)
    expect((await t.app.request('/docs/assets/package.json')).status).toBe(404)
    // Names of Object.prototype are no assets either (the fuzz found these answering 500).
    for (const name of ['constructor', '__proto__', 'toString']) {
      expect((await t.app.request(`/docs/assets/${name}`)).status, name).toBe(404)
    }
  })

  it('is linked from the footer of every page', async () => {
    const t = createTestApp()
    const html = await (await t.app.request('/login')).text()
    expect(html).toContain('<a href="/docs">API docs</a>')
  })
})
