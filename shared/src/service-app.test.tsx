import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { ValidationError } from './errors'
import { sendMessage } from './outbox'
import { Page } from './page'
import { parseInput } from './parse-input'
import { readBody } from './read-body'
import { createServiceApp, lazyServiceKeys } from './service-app'
import { createMemoryStore } from './store/memory-store'

const realTime = () => Date.parse('2026-06-01T00:00:00Z')

function testApp() {
  const store = createMemoryStore()
  const app = createServiceApp({ service: 'usps', store, realTime, keys: lazyServiceKeys(store) })
  const Input = z.object({ name: z.string().min(2, 'Enter a name of 2 letters or more.') })
  app.post('/things', async (c) => {
    c.set('renderFormError', (error) =>
      c.html(
        <Page service="usps" title="Form">
          <p id="msg">{error.fieldErrors[0]?.message}</p>
        </Page>,
        400,
      ),
    )
    const input = parseInput(Input, await readBody(c))
    await c.var.store.put('things', input.name, input)
    await sendMessage(c.var.store, c.var.clock, {
      channel: 'email',
      to: 'a@b.c',
      subject: 'Hi',
      text: input.name,
      code: '123456',
    })
    return c.json(input, 201)
  })
  app.get('/boom', () => {
    throw new Error('secret internals')
  })
  return { app, store }
}

const json = (body: unknown, tenant?: string) => ({
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    ...(tenant ? { 'x-sandbox-tenant': tenant } : {}),
  },
  body: JSON.stringify(body),
})

describe('service app frame', () => {
  it('answers health and JWKS', async () => {
    const { app } = testApp()
    expect(await (await app.request('/__sandbox/health')).json()).toEqual({
      status: 'ok',
      service: 'usps',
    })
    const jwks = (await (await app.request('/.well-known/jwks.json')).json()) as {
      keys: { kid: string }[]
    }
    expect(jwks.keys[0]?.kid).toMatch(/.+/)
  })

  it('answers problem+json with field errors to JSON clients and stores nothing', async () => {
    const { app, store } = testApp()
    const res = await app.request('/things', json({ name: 'x' }))
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(await res.json()).toMatchObject({
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'name', message: 'Enter a name of 2 letters or more.' }],
    })
    expect(await store.forTenant('default').list('things')).toEqual([])
  })

  it('re-renders the form with the message for browsers', async () => {
    const { app } = testApp()
    const res = await app.request('/things', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=x',
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Enter a name of 2 letters or more.')
  })

  it('refuses malformed JSON with 400, not a crash', async () => {
    const { app } = testApp()
    const res = await app.request('/things', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{nope',
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { detail: string }).detail).toMatch(/not valid JSON/)
  })

  it('hides internals of unexpected errors behind a 500 problem', async () => {
    const { app } = testApp()
    const original = console.error
    console.error = () => {}
    const res = await Promise.resolve(app.request('/boom')).finally(() => {
      console.error = original
    })
    expect(res.status).toBe(500)
    expect(await res.text()).not.toContain('secret internals')
  })

  it('answers 404 problem for unknown paths', async () => {
    const { app } = testApp()
    const res = await app.request('/nowhere')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
  })

  it('keeps state, outbox and clock per tenant', async () => {
    const { app } = testApp()
    await app.request('/things', json({ name: 'alpha' }, 'team-a'))
    await app.request('/__sandbox/clock', json({ advance: '48h' }, 'team-a'))
    const outboxA = (await (
      await app.request('/__sandbox/outbox', { headers: { 'x-sandbox-tenant': 'team-a' } })
    ).json()) as unknown[]
    const outboxB = (await (
      await app.request('/__sandbox/outbox', { headers: { 'x-sandbox-tenant': 'team-b' } })
    ).json()) as unknown[]
    expect(outboxA).toHaveLength(1)
    expect(outboxB).toHaveLength(0)
    const clockA = (await (
      await app.request('/__sandbox/clock', { headers: { 'x-sandbox-tenant': 'team-a' } })
    ).json()) as { now: string }
    const clockB = (await (
      await app.request('/__sandbox/clock', { headers: { 'x-sandbox-tenant': 'team-b' } })
    ).json()) as { now: string }
    expect(clockA.now).toBe('2026-06-03T00:00:00.000Z')
    expect(clockB.now).toBe('2026-06-01T00:00:00.000Z')
  })

  it('shows the outbox as a page to browsers, with the code to type', async () => {
    const { app } = testApp()
    await app.request('/things', json({ name: 'alpha' }))
    const res = await app.request('/__sandbox/outbox', {
      headers: { accept: 'text/html,application/xhtml+xml' },
    })
    expect(res.headers.get('content-type')).toContain('text/html')
    const html = await res.text()
    expect(html).toContain('<h1>Sandbox outbox</h1>')
    expect(html).toContain('<strong>123456</strong>')
  })

  it('filters the outbox by recipient and resets one tenant', async () => {
    const { app } = testApp()
    await app.request('/things', json({ name: 'alpha' }))
    expect(await (await app.request('/__sandbox/outbox?to=A@B.C')).json()).toHaveLength(1)
    expect(await (await app.request('/__sandbox/outbox?to=other@b.c')).json()).toHaveLength(0)
    await app.request('/__sandbox/reset', { method: 'POST' })
    expect(await (await app.request('/__sandbox/outbox')).json()).toHaveLength(0)
  })

  it('refuses a bad tenant name and a bad clock change', async () => {
    const { app } = testApp()
    expect(
      (await app.request('/__sandbox/health', { headers: { 'x-sandbox-tenant': '../etc' } }))
        .status,
    ).toBe(400)
    const res = await app.request('/__sandbox/clock', json({ advance: 'soon' }))
    expect(res.status).toBe(400)
    expect((await (await app.request('/__sandbox/clock')).json()) as { now: string }).toEqual({
      now: '2026-06-01T00:00:00.000Z',
      tenant: 'default',
      frozen: false,
      version: 0,
    })
  })

  it('takes the tenant from the query on a cross-service redirect and keeps it in a cookie', async () => {
    const { app } = testApp()
    const res = await app.request('/__sandbox/clock?sandbox_tenant=team-q')
    expect(((await res.json()) as { tenant: string }).tenant).toBe('team-q')
    expect(res.headers.get('set-cookie')).toContain('sandbox_tenant=team-q')
  })

  it('gives ValidationError.forField a field path', () => {
    expect(ValidationError.forField('promoCode', 'bad').fieldErrors).toEqual([
      { field: 'promoCode', message: 'bad' },
    ])
  })
})
