import { controlRoutesOf } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import type { StampsOpenApiDocument } from '../lib/stamps-openapi'
import { createHarness } from '../testing/harness'

type Operation = {
  operationId: string
  summary: string
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> }
}

describe('the control API in Stamps.com’s /openapi.json', () => {
  it('documents every control route Stamps.com mounts, from the shared schemas', async () => {
    const h = await createHarness()
    const doc = (await (await h.app.request('/openapi.json')).json()) as StampsOpenApiDocument
    const control = controlRoutesOf(h.app)
    expect(control).toEqual(
      expect.arrayContaining([
        'post /__sandbox/clock',
        'get /__sandbox/journal/count',
        'delete /__sandbox/faults/{id}',
        'post /__sandbox/snapshots/{name}/fork',
        'post /__sandbox/fixtures/cop-accounts',
      ]),
    )
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    )
    expect(control.filter((r) => !documented.includes(r))).toEqual([])
    // The clock's body is the shared zod schema: advance, set or freeze.
    const clock = (doc.paths['/__sandbox/clock'] as Record<string, Operation>).post
    expect(
      Object.keys(clock?.requestBody?.content['application/json']?.schema.properties ?? {}),
    ).toEqual(['advance', 'set', 'freeze'])
    // Operation ids stay unique across Stamps.com's own operations and the shared ones.
    const ids = Object.values(doc.paths).flatMap((ops) =>
      Object.values(ops as Record<string, Operation>).map((o) => o.operationId),
    )
    expect(new Set(ids).size).toBe(ids.length)
    expect(doc.tags.map((t) => t.name)).toContain('Control API (sandbox only)')
  })

  it('shows the control routes on /docs', async () => {
    const h = await createHarness()
    const html = await (await h.app.request('/docs')).text()
    expect(html).toContain('Control API (sandbox only)')
    expect(html).toContain('POST /__sandbox/snapshots/{name}/restore')
    expect(html).toContain('GET /__sandbox/journal/count')
  })
})
