import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createSeededRandom } from '../random'
import { createServiceApp, lazyServiceKeys } from '../service-app'
import { createMemoryStore } from '../store/memory-store'
import { createSqliteStore } from '../store/sqlite-store'
import type { Fault } from './fault'
import { takeFaultFlag } from './fault'
import { REP_REJECTS_REASON } from './fault-catalogue'

const realTime = () => Date.parse('2026-06-01T00:00:00Z')

function testApp() {
  const store = createMemoryStore()
  const app = createServiceApp({
    service: 'usps',
    store,
    realTime,
    keys: lazyServiceKeys(store),
    random: createSeededRandom(7),
  })
  app.post('/oauth2/v3/token', (c) => c.json({ access_token: 'real' }))
  app.get('/payments/v3/anything', (c) => c.json({ ok: true }))
  return { app, store }
}

const post = (body: unknown, tenant?: string) => ({
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    ...(tenant ? { 'x-sandbox-tenant': tenant } : {}),
  },
  body: JSON.stringify(body),
})

async function addFault(app: ReturnType<typeof testApp>['app'], body: unknown, tenant?: string) {
  const res = await app.request('/__sandbox/faults', post(body, tenant))
  expect(res.status).toBe(201)
  return (await res.json()) as Fault
}

const listFaults = async (app: ReturnType<typeof testApp>['app']) =>
  (await (await app.request('/__sandbox/faults')).json()) as Fault[]

describe('edge faults', () => {
  it('answers the given status and body `times` times, then the route again; the list shows what remains', async () => {
    const { app } = testApp()
    const fault = await addFault(app, {
      method: 'POST',
      path: '/oauth2/v3/token',
      status: 503,
      body: { error: 'temporarily_unavailable' },
      headers: { 'retry-after': '1' },
      times: 2,
    })
    expect(fault).toMatchObject({ times: 2, remaining: 2, hits: 0, kind: 'edge', service: 'usps' })
    const first = await app.request('/oauth2/v3/token', { method: 'POST' })
    expect(first.status).toBe(503)
    expect(first.headers.get('retry-after')).toBe('1')
    expect(await first.json()).toEqual({ error: 'temporarily_unavailable' })
    expect(await listFaults(app)).toMatchObject([{ id: fault.id, remaining: 1, hits: 1 }])
    expect((await app.request('/oauth2/v3/token', { method: 'POST' })).status).toBe(503)
    expect(await listFaults(app)).toEqual([])
    const third = await app.request('/oauth2/v3/token', { method: 'POST' })
    expect(await third.json()).toEqual({ access_token: 'real' })
  })

  it('matches a path ending in *, any method without one, and lasts until removed without times', async () => {
    const { app } = testApp()
    const fault = await addFault(app, { path: '/payments/*', status: 500 })
    for (let i = 0; i < 3; i++) {
      expect((await app.request('/payments/v3/anything')).status).toBe(500)
    }
    expect((await app.request('/oauth2/v3/token', { method: 'POST' })).status).toBe(200)
    const removed = await app.request(`/__sandbox/faults/${fault.id}`, { method: 'DELETE' })
    expect(await removed.json()).toEqual({ removed: 1, id: fault.id })
    expect((await app.request('/payments/v3/anything')).status).toBe(200)
    expect((await app.request(`/__sandbox/faults/${fault.id}`, { method: 'DELETE' })).status).toBe(
      404,
    )
  })

  it('is per tenant, and DELETE /__sandbox/faults removes them all', async () => {
    const { app } = testApp()
    await addFault(app, { path: '/payments/*', status: 500 }, 'team-a')
    await addFault(app, { path: '/oauth2/*', status: 500 }, 'team-a')
    expect((await app.request('/payments/v3/anything')).status).toBe(200)
    const teamA = { headers: { 'x-sandbox-tenant': 'team-a' } }
    expect((await app.request('/payments/v3/anything', teamA)).status).toBe(500)
    const cleared = await app.request('/__sandbox/faults', { method: 'DELETE', ...teamA })
    expect(await cleared.json()).toEqual({ removed: 2 })
    expect((await app.request('/payments/v3/anything', teamA)).status).toBe(200)
  })

  it('answers a body that is not valid JSON with malformed', async () => {
    const { app } = testApp()
    await addFault(app, { method: 'POST', path: '/oauth2/v3/token', malformed: true, times: 1 })
    const res = await app.request('/oauth2/v3/token', { method: 'POST' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json')
    await expect(res.json()).rejects.toThrow(SyntaxError)
  })

  it('delays by a [min, max] drawn from the injected random source, then runs the route', async () => {
    const { app } = testApp()
    await addFault(app, { path: '/payments/*', delayMs: [40, 60], times: 1 })
    const started = performance.now()
    const res = await app.request('/payments/v3/anything')
    expect(performance.now() - started).toBeGreaterThanOrEqual(39)
    expect(await res.json()).toEqual({ ok: true })
    const journal = await app.request('/__sandbox/journal?path=/payments/*')
    const [entry] = ((await journal.json()) as { entries: { fault?: { id: string } }[] }).entries
    expect(entry?.fault?.id).toMatch(/^flt_/)
  })

  it('drops the connection in-process as a fetch that rejects with TypeError "fetch failed"', async () => {
    const { app } = testApp()
    await addFault(app, { method: 'GET', path: '/.well-known/jwks.json', drop: true, times: 1 })
    await expect(app.request('/.well-known/jwks.json')).rejects.toThrow(
      expect.objectContaining({ name: 'TypeError', message: 'fetch failed' }),
    )
    expect((await app.request('/.well-known/jwks.json')).status).toBe(200)
    const count = await app.request('/__sandbox/journal/count?status=0')
    expect(await count.json()).toMatchObject({ count: 1 })
  })

  it('never faults the control API, and refuses such a fault and bad input without installing anything', async () => {
    const { app } = testApp()
    await addFault(app, { path: '/*', status: 500 })
    expect((await app.request('/__sandbox/health')).status).toBe(200)
    for (const bad of [
      { path: '/__sandbox/clock', status: 500 },
      { path: 'oauth2', status: 500 },
      { path: '/x', status: 99 },
      { path: '/x' },
      { path: '/x', drop: true, status: 500 },
      { path: '/x', delayMs: [50, 10] },
      { path: '/x', status: 500, times: 0 },
      { path: '/x', status: 500, colour: 'red' },
    ]) {
      const res = await app.request('/__sandbox/faults', post(bad))
      expect(res.status, JSON.stringify(bad)).toBe(400)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
    }
    expect(await listFaults(app)).toHaveLength(1)
  })
})

describe('faults in the store', () => {
  it('survive a restart on SQLite, and POST /__sandbox/reset removes them with the tenant', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'faults-'))
    const file = join(dir, 'usps.sqlite')
    const open = () => {
      const store = createSqliteStore({ file })
      const app = createServiceApp({
        service: 'usps',
        store,
        realTime,
        keys: lazyServiceKeys(store),
      })
      return { app, store }
    }
    try {
      const first = open()
      const fault = await addFault(first.app, { path: '/payments/*', status: 500, times: 3 })
      await first.store.close()
      const second = open()
      expect(await listFaults(second.app)).toMatchObject([{ id: fault.id, remaining: 3 }])
      expect((await second.app.request('/payments/v3/x')).status).toBe(500)
      await second.app.request('/__sandbox/reset', { method: 'POST' })
      expect(await listFaults(second.app)).toEqual([])
      await second.store.close()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('fault catalogue', () => {
  it('lists named, documented faults', async () => {
    const { app } = testApp()
    const res = await app.request('/__sandbox/faults/catalogue')
    const names = ((await res.json()) as { name: string; summary: string }[]).map((e) => e.name)
    expect(names).toEqual(
      expect.arrayContaining([
        'usps.consent-denied',
        'usps.mfa-code-expired',
        'usps.epa-inactive',
        'usps.rep-rejects',
        'usps.token-endpoint-down',
        'shipstation.card-declined',
        'stamps.events-delayed',
      ]),
    )
  })

  it('installs an edge entry by name in the real wire format', async () => {
    const { app } = testApp()
    const fault = await addFault(app, { name: 'usps.token-endpoint-down', times: 2 })
    expect(fault).toMatchObject({ name: 'usps.token-endpoint-down', remaining: 2, status: 503 })
    const res = await app.request('/oauth2/v3/token', { method: 'POST' })
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ error: 'temporarily_unavailable' })
  })

  it('installs a flag entry the domain takes once per use', async () => {
    const { app, store } = testApp()
    await addFault(app, { name: 'usps.epa-inactive' }, 't1')
    expect(await takeFaultFlag(store.forTenant('other'), 'usps.epa-inactive')).toBe(false)
    expect(await takeFaultFlag(store.forTenant('t1'), 'usps.epa-inactive')).toBe(true)
    expect(await takeFaultFlag(store.forTenant('t1'), 'usps.epa-inactive')).toBe(false)
  })

  it('installs usps.rep-rejects, which names the reason the customer will read', async () => {
    const { app, store } = testApp()
    const catalogue = (await (await app.request('/__sandbox/faults/catalogue')).json()) as {
      name: string
      summary: string
    }[]
    const entry = catalogue.find((e) => e.name === 'usps.rep-rejects')
    expect(entry?.summary).toContain(REP_REJECTS_REASON)
    // Every entry can be installed: none waits for a capability its service lacks.
    expect(catalogue.every((e) => !('available' in e) && !('availableWhen' in e))).toBe(true)
    const fault = await addFault(app, { name: 'usps.rep-rejects' }, 't1')
    expect(fault).toMatchObject({ kind: 'flag', name: 'usps.rep-rejects', remaining: 1 })
    expect(await takeFaultFlag(store.forTenant('t1'), 'usps.rep-rejects')).toBe(true)
    expect(await takeFaultFlag(store.forTenant('t1'), 'usps.rep-rejects')).toBe(false)
  })

  it('refuses an unknown name, and an entry of another service when no peer is known', async () => {
    const { app } = testApp()
    const unknown = await app.request('/__sandbox/faults', post({ name: 'usps.meteor-strike' }))
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(await unknown.json())).toContain('usps.token-endpoint-down')
    const elsewhere = await app.request(
      '/__sandbox/faults',
      post({ name: 'stamps.events-delayed' }),
    )
    expect(elsewhere.status).toBe(400)
    expect(await listFaults(app)).toEqual([])
  })
})
