import { describe, expect, it } from 'vitest'
import { jsonSchemaOf } from '../lib/json-schema'
import { ConnectionSchema, ProblemSchema } from '../lib/openapi-schemas'
import type { StampsOpenApiDocument } from '../lib/stamps-openapi'
import { createHarness } from '../testing/harness'

type Operation = {
  requestBody?: { content: Record<string, { schema: object }> }
  responses: Record<string, { content?: Record<string, { schema: object }> }>
}

async function openApi() {
  const h = await createHarness()
  const res = await h.app.request('/openapi.json')
  expect(res.status).toBe(200)
  return { h, doc: (await res.json()) as StampsOpenApiDocument }
}

const operation = (doc: StampsOpenApiDocument, method: string, path: string) =>
  (doc.paths[path] as Record<string, Operation> | undefined)?.[method]

/** Stamps.com's own JSON routes: the API, the partner channel and its fixtures (not pages). */
const OWN_JSON_ROUTE = /^\/(api|partner|__sandbox\/fixtures)\//

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document naming every own JSON route, and only routes the app has', async () => {
    const { h, doc } = await openApi()
    expect(doc.openapi).toBe('3.1.0')
    const routes = h.app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`)
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    )
    const own = routes.filter((r) => OWN_JSON_ROUTE.test(r.split(' ')[1] ?? ''))
    expect(documented).toEqual(expect.arrayContaining(own))
    expect(routes).toEqual(expect.arrayContaining(documented))
  })

  it('answers in the shapes it documents (the answer schemas are the zod schemas below)', async () => {
    const { h, doc } = await openApi()
    const cookie = await h.signIn()
    const connection = await h.app.request('/api/v1/connection', { headers: { cookie } })
    expect(ConnectionSchema.safeParse(await connection.json()).success).toBe(true)
    const problem = await h.app.request('/api/v1/connection')
    expect(ProblemSchema.safeParse(await problem.json()).success).toBe(true)
    const documented = operation(doc, 'get', '/api/v1/connection')?.responses['200']?.content?.[
      'application/json'
    ]?.schema
    expect(documented).toEqual(jsonSchemaOf(ConnectionSchema, 'output'))
    expect(doc.components.schemas.Problem).toEqual(jsonSchemaOf(ProblemSchema, 'output'))
  })

  it('describes request bodies from the schemas the routes parse with', async () => {
    const { doc } = await openApi()
    const body = operation(doc, 'post', '/api/v1/connection/identifiers')?.requestBody?.content[
      'application/json'
    ]?.schema as { required?: string[]; properties?: Record<string, { pattern?: string }> }
    expect(body.required).toEqual(['crid', 'mid', 'epsNumber'])
    expect(body.properties?.epsNumber?.pattern).toBe('^\\d{10}$')
  })
})

describe('GET /docs', () => {
  it('lists every operation and links the document, without any remote script', async () => {
    const { h, doc } = await openApi()
    const html = await (await h.app.request('/docs')).text()
    expect(html).toContain('<a href="/openapi.json">OpenAPI 3.1 document</a>')
    for (const path of Object.keys(doc.paths)) expect(html).toContain(path)
    expect(html).not.toMatch(/<script[^>]+src=/)
  })
})
