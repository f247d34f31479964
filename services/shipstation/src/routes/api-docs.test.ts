import { describe, expect, it } from 'vitest'
import { createHarness } from '../testing/harness'

describe('/openapi.json and /docs', () => {
  it('serves an OpenAPI 3.1 document of the v2 and /api/v1 routes', async () => {
    const h = await createHarness()
    const res = await h.client().get('/openapi.json')
    expect(res.status).toBe(200)
    const doc = (await res.json()) as { openapi: string; paths: Record<string, object> }
    expect(doc.openapi).toBe('3.1.0')
    for (const path of [
      '/v2/carriers',
      '/v2/rates',
      '/v2/labels',
      '/v2/labels/{label_id}/void',
      '/v2/environment/webhooks',
      '/api/v1/account',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path)
    }
  })

  it('renders every operation of the document on /docs, with the webhook signature scheme', async () => {
    const h = await createHarness()
    const html = await (await h.client().get('/docs')).text()
    expect(html).toContain('<code>POST /v2/rates</code>')
    expect(html).toContain('<code>PUT /v2/carriers/{carrier_id}/add_funds</code>')
    expect(html).toContain('X-ShipStation-Webhook-Signature')
  })
})
