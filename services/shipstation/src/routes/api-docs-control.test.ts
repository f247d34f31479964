import { readFileSync } from 'node:fs'
import { controlRoutesOf } from '@partner-sandbox/shared'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { createHarness } from '../testing/harness'

// ajv-formats is CommonJS: under ESM its function is the default export's default.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule

// The OpenAPI Initiative's schema of an OpenAPI 3.1 document (openapi/oas-3.1-schema.json, copied
// from @seriousme/openapi-schema-validator 2.11.0, which the USPS docs test runs).
const OAS_31 = JSON.parse(
  readFileSync(new URL('../../openapi/oas-3.1-schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>

type Document = {
  openapi: string
  paths: Record<string, Record<string, { summary: string }>>
}

async function documentAndRoutes() {
  const h = await createHarness()
  const res = await h.client().get('/openapi.json')
  expect(res.status).toBe(200)
  const doc = (await res.json()) as Document
  const control = controlRoutesOf(h.app)
  return { h, doc, control }
}

describe('the control API in ShipStation’s /openapi.json', () => {
  it('documents every control route ShipStation mounts, shared and its own', async () => {
    const { doc, control } = await documentAndRoutes()
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    )
    // The shared ones and ShipStation's own are both there (a check that the list is not empty).
    expect(control).toEqual(
      expect.arrayContaining([
        'post /__sandbox/clock',
        'post /__sandbox/snapshots/{name}/fork',
        'post /__sandbox/faults',
        'get /__sandbox/webhook-deliveries',
      ]),
    )
    expect(control.filter((r) => !documented.includes(r))).toEqual([])
  })

  it('validates as OpenAPI 3.1', async () => {
    const { doc } = await documentAndRoutes()
    expect(doc.openapi).toBe('3.1.0')
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats(ajv)
    // The schema's own format for content-type keys, which ajv-formats does not know.
    ajv.addFormat('media-range', true)
    const validate = ajv.compile(OAS_31)
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true)
    // The schema does refuse a broken document (an info without title and version).
    expect(validate({ ...doc, info: {} })).toBe(false)
  })

  it('shows the control routes on /docs', async () => {
    const { h } = await documentAndRoutes()
    const html = await (await h.client().get('/docs')).text()
    expect(html).toContain('<code>POST /__sandbox/clock</code>')
    expect(html).toContain('<code>POST /__sandbox/snapshots/{name}/restore</code>')
    expect(html).toContain('<code>GET /__sandbox/journal/count</code>')
  })
})
