import { describe, expect, it } from 'vitest'
import { deliverPendingEvents } from '../event-delivery'
import { Page } from '../page'
import type { Peer, ServiceName } from '../peer'
import { createServiceApp, lazyServiceKeys } from '../service-app'
import { createMemoryStore } from '../store/memory-store'
import type { Store } from '../store/store'

const T0 = Date.parse('2026-06-01T00:00:00Z')
const NAMES: ServiceName[] = ['shipstation', 'stamps', 'usps']

/** Control answers, read loosely: each test asserts on the fields it cares about. */
type Answer = Record<string, unknown> & {
  now?: string
  frozen?: boolean
  code?: string
  clock?: { peers: unknown }
}

/** Three bare service frames that share a world, any of which can be taken down. */
function world(stores?: Partial<Record<ServiceName, Store>>) {
  const down = new Set<ServiceName>()
  const urlOf = (name: ServiceName) => `http://${name}.world.test`
  const peer = (name: ServiceName): Peer => ({
    name,
    baseUrl: urlOf(name),
    fetch: async (input, init) => {
      if (down.has(name)) throw new TypeError('fetch failed: connect ECONNREFUSED')
      return apps[name].fetch(new Request(input, init))
    },
  })
  const peers = Object.fromEntries(NAMES.map((n) => [n, peer(n)])) as Record<ServiceName, Peer>
  const storeOf = Object.fromEntries(
    NAMES.map((n) => [n, stores?.[n] ?? createMemoryStore()]),
  ) as Record<ServiceName, Store>
  const apps = Object.fromEntries(
    NAMES.map((service) => {
      const store = storeOf[service]
      const app = createServiceApp({
        service,
        store,
        peers,
        realTime: () => T0,
        keys: lazyServiceKeys(store),
      })
      app.get('/page', (c) => c.html(<Page service={service} title="Any page" />))
      app.post('/things', async (c) => {
        await c.var.store.put('things', 'a', await c.req.json())
        return c.json({ ok: true })
      })
      app.get('/things', async (c) => c.json(await c.var.store.list('things')))
      return [service, app]
    }),
  ) as Record<ServiceName, ReturnType<typeof createServiceApp>>
  const call = async (
    service: ServiceName,
    method: string,
    path: string,
    body?: unknown,
    tenant = 't1',
  ) => {
    const res = await apps[service].request(path, {
      method,
      headers: { 'content-type': 'application/json', 'x-sandbox-tenant': tenant },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      body: (await res.json()) as Answer,
    }
  }
  const nowOf = async (service: ServiceName, tenant = 't1') =>
    (await call(service, 'GET', '/__sandbox/clock', undefined, tenant)).body.now
  return { apps, peers, stores: storeOf, down, call, nowOf }
}

describe('one clock per tenant', () => {
  it('moves the three services together from any of them', async () => {
    const w = world()
    const res = await w.call('usps', 'POST', '/__sandbox/clock', { advance: '48h' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      now: '2026-06-03T00:00:00.000Z',
      peers: { shipstation: 'synced', stamps: 'synced' },
    })
    for (const name of NAMES) expect(await w.nowOf(name)).toBe('2026-06-03T00:00:00.000Z')
    await w.call('stamps', 'POST', '/__sandbox/clock', { set: '2026-05-01T00:00:00Z' })
    for (const name of NAMES) expect(await w.nowOf(name)).toBe('2026-05-01T00:00:00.000Z')
    expect(await w.nowOf('usps', 'other')).toBe('2026-06-01T00:00:00.000Z')
  })

  it('freezes and resumes everywhere', async () => {
    const w = world()
    await w.call('shipstation', 'POST', '/__sandbox/clock', { freeze: true })
    const view = await w.call('usps', 'GET', '/__sandbox/clock')
    expect(view.body).toMatchObject({ frozen: true })
    await w.call('usps', 'POST', '/__sandbox/clock', { freeze: false })
    expect((await w.call('shipstation', 'GET', '/__sandbox/clock')).body.frozen).toBe(false)
  })

  it('names a peer it cannot reach, which catches up when it comes back', async () => {
    const w = world()
    w.down.add('shipstation')
    const res = await w.call('usps', 'POST', '/__sandbox/clock', { advance: '48h' })
    expect(res.body.peers).toEqual({ shipstation: 'unreachable', stamps: 'synced' })
    await w.call('usps', 'POST', '/__sandbox/clock', { advance: '1h' })
    w.down.delete('shipstation')
    expect(await w.nowOf('shipstation')).toBe('2026-06-01T00:00:00.000Z')
    await deliverPendingEvents(w.stores.usps.forTenant('t1'), w.peers, { ignoreSchedule: true })
    expect(await w.nowOf('shipstation')).toBe('2026-06-03T01:00:00.000Z')
    const events = (await w.call('usps', 'GET', '/__sandbox/events')).body as unknown as {
      status: string
    }[]
    // The first sync to ShipStation was overtaken by the second: only the newest is sent, and
    // the outbox keeps one clock line per peer.
    expect(events.map((e) => e.status).sort()).toEqual(['delivered', 'delivered', 'superseded'])
    await w.call('usps', 'POST', '/__sandbox/clock', { advance: '1h' })
    const after = (await w.call('usps', 'GET', '/__sandbox/events')).body as unknown as unknown[]
    expect(after).toHaveLength(2)
  })

  it('refuses absurd changes with problem+json, changes nothing, and keeps answering', async () => {
    const w = world()
    await w.call('usps', 'POST', '/__sandbox/clock', { advance: '1h' })
    for (const bad of [
      { advance: '9999999999999999d' },
      { advance: '999999999999999d' },
      { set: '1999-12-31T00:00:00Z' },
      { set: '2201-01-01T00:00:00Z' },
      { set: 'NaN' },
      { advance: 'NaNh' },
      { advance: '1h', set: '2027-01-01T00:00:00Z' },
      { freeze: 'yes' },
      {},
    ]) {
      const res = await w.call('usps', 'POST', '/__sandbox/clock', bad)
      expect(res.status, JSON.stringify(bad)).toBe(400)
      expect(res.type).toContain('application/problem+json')
      expect(res.body.code).toBe('validation_failed')
    }
    // Every later request of the tenant still works, on the clock as it was.
    for (const name of NAMES) expect(await w.nowOf(name)).toBe('2026-06-01T01:00:00.000Z')
    expect(
      (await w.apps.usps.request('/page', { headers: { 'x-sandbox-tenant': 't1' } })).status,
    ).toBe(200)
  })

  it('refuses a clock sync not signed by a peer', async () => {
    const w = world()
    const res = await w.call('stamps', 'POST', '/__sandbox/clock/sync', { token: 'not.a.token' })
    expect(res.status).toBe(401)
    expect(await w.nowOf('stamps')).toBe('2026-06-01T00:00:00.000Z')
  })

  it('shows the sandbox time in every page footer', async () => {
    const w = world()
    await w.call('usps', 'POST', '/__sandbox/clock', { advance: '48h' })
    await w.call('usps', 'POST', '/__sandbox/clock', { freeze: true })
    const html = await (
      await w.apps.shipstation.request('/page', { headers: { 'x-sandbox-tenant': 't1' } })
    ).text()
    expect(html).toContain(
      'Sandbox time: <time datetime="2026-06-03T00:00:00.000Z">2026-06-03 00:00 UTC</time> (frozen)',
    )
  })

  it('puts the clock back to real time everywhere on reset', async () => {
    const w = world()
    await w.call('usps', 'POST', '/__sandbox/clock', { advance: '48h' })
    const res = await w.call('stamps', 'POST', '/__sandbox/reset')
    expect(res.body.clock?.peers).toEqual({ shipstation: 'synced', usps: 'synced' })
    for (const name of NAMES) expect(await w.nowOf(name)).toBe('2026-06-01T00:00:00.000Z')
    await w.call('stamps', 'POST', '/__sandbox/clock', { advance: '1h' })
    expect(await w.nowOf('usps')).toBe('2026-06-01T01:00:00.000Z')
  })
})

describe('snapshots', () => {
  it('saves the world, survives a reset, restores it and forks it into a tenant that diverges', async () => {
    const w = world()
    for (const name of NAMES)
      await w.call(name, 'POST', '/things', { owner: name, step: 'approved' })
    await w.call('usps', 'POST', '/__sandbox/clock', { advance: '48h' })
    const saved = await w.call('usps', 'POST', '/__sandbox/snapshots', { name: 'approved' })
    expect(saved.status).toBe(201)
    expect(saved.body.services).toEqual({ usps: 'saved', stamps: 'saved', shipstation: 'saved' })
    expect((await w.call('stamps', 'GET', '/__sandbox/snapshots')).body).toEqual([
      expect.objectContaining({
        name: 'approved',
        tenant: 't1',
        sandboxTime: '2026-06-03T00:00:00.000Z',
      }),
    ])

    for (const name of NAMES) await w.call(name, 'POST', '/__sandbox/reset')
    expect((await w.call('shipstation', 'GET', '/things')).body).toEqual([])
    expect((await w.call('shipstation', 'GET', '/__sandbox/snapshots')).body).toHaveLength(1)

    const restored = await w.call('shipstation', 'POST', '/__sandbox/snapshots/approved/restore')
    expect(restored.body.services).toEqual({
      shipstation: 'restored',
      stamps: 'restored',
      usps: 'restored',
    })
    for (const name of NAMES) {
      expect((await w.call(name, 'GET', '/things')).body).toEqual([
        { owner: name, step: 'approved' },
      ])
      expect(await w.nowOf(name)).toBe('2026-06-03T00:00:00.000Z')
    }

    const fork = await w.call('usps', 'POST', '/__sandbox/snapshots/approved/fork', {
      tenant: 'trainee-1',
    })
    expect(fork.status).toBe(201)
    await w.call('stamps', 'POST', '/things', { owner: 'trainee', step: 'changed' }, 'trainee-1')
    await w.call('stamps', 'POST', '/__sandbox/clock', { advance: '1d' }, 'trainee-1')
    expect((await w.call('stamps', 'GET', '/things', undefined, 'trainee-1')).body).toEqual([
      { owner: 'trainee', step: 'changed' },
    ])
    expect((await w.call('usps', 'GET', '/things', undefined, 'trainee-1')).body).toEqual([
      { owner: 'usps', step: 'approved' },
    ])
    expect(await w.nowOf('usps', 'trainee-1')).toBe('2026-06-04T00:00:00.000Z')
    // The first tenant is untouched.
    expect((await w.call('stamps', 'GET', '/things')).body).toEqual([
      { owner: 'stamps', step: 'approved' },
    ])
    expect(await w.nowOf('stamps')).toBe('2026-06-03T00:00:00.000Z')

    const deleted = await w.call('stamps', 'DELETE', '/__sandbox/snapshots/approved')
    expect(deleted.body.services).toEqual({
      stamps: 'deleted',
      shipstation: 'deleted',
      usps: 'deleted',
    })
    expect((await w.call('usps', 'GET', '/__sandbox/snapshots')).body).toEqual([])
  })

  it('refuses bad names, unknown snapshots and a fork into the same tenant, changing nothing', async () => {
    const w = world()
    await w.call('usps', 'POST', '/things', { v: 1 })
    await w.call('usps', 'POST', '/__sandbox/snapshots', { name: 's1' })
    for (const [method, path, body] of [
      ['POST', '/__sandbox/snapshots', { name: '../x' }],
      ['POST', '/__sandbox/snapshots', {}],
      ['POST', '/__sandbox/snapshots', { name: 's2', extra: true }],
      ['POST', '/__sandbox/snapshots/s1/fork', { tenant: 't1' }],
      ['POST', '/__sandbox/snapshots/s1/fork', { tenant: 'no spaces' }],
      ['POST', '/__sandbox/snapshots/s1/restore', { clock: 'now' }],
    ] as const) {
      const res = await w.call('usps', method, path, body)
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400)
      expect(res.type).toContain('application/problem+json')
    }
    const missing = await w.call('usps', 'POST', '/__sandbox/snapshots/nope/restore')
    expect(missing.status).toBe(404)
    expect((await w.call('usps', 'DELETE', '/__sandbox/snapshots/nope')).status).toBe(404)
    const list = (await w.call('usps', 'GET', '/__sandbox/snapshots')).body
    expect(list).toEqual([expect.objectContaining({ name: 's1' })])
    expect((await w.call('usps', 'GET', '/things')).body).toEqual([{ v: 1 }])
  })

  it('names a peer that was down during the save', async () => {
    const w = world()
    w.down.add('stamps')
    const saved = await w.call('usps', 'POST', '/__sandbox/snapshots', { name: 'partial' })
    expect(saved.body.services).toEqual({
      usps: 'saved',
      shipstation: 'saved',
      stamps: 'unreachable',
    })
    w.down.delete('stamps')
    const restored = await w.call('usps', 'POST', '/__sandbox/snapshots/partial/restore')
    expect(restored.body.services).toMatchObject({ stamps: 'missing', shipstation: 'restored' })
  })
})

describe('faults across the world', () => {
  it('installs a catalogue fault on the service it names, which keeps it with its world', async () => {
    const w = world()
    // Sent to ShipStation, kept by USPS: each service holds its own faults.
    const armed = await w.call('shipstation', 'POST', '/__sandbox/faults', {
      name: 'usps.epa-inactive',
    })
    expect(armed.status).toBe(201)
    expect(armed.body).toMatchObject({ service: 'usps', name: 'usps.epa-inactive' })
    expect((await w.call('shipstation', 'GET', '/__sandbox/faults')).body).toEqual([])
    const names = async () =>
      (
        (await w.call('usps', 'GET', '/__sandbox/faults')).body as unknown as { name: string }[]
      ).map((f) => f.name)
    expect(await names()).toEqual(['usps.epa-inactive'])

    await w.call('usps', 'POST', '/__sandbox/snapshots', { name: 'armed' })
    await w.call('usps', 'POST', '/__sandbox/reset')
    expect(await names()).toEqual([])
    await w.call('stamps', 'POST', '/__sandbox/snapshots/armed/restore')
    expect(await names()).toEqual(['usps.epa-inactive'])
    await w.call('usps', 'POST', '/__sandbox/snapshots/armed/fork', { tenant: 'trainee-2' })
    expect((await w.call('usps', 'GET', '/__sandbox/faults', undefined, 'trainee-2')).body).toEqual(
      [expect.objectContaining({ name: 'usps.epa-inactive' })],
    )

    // A peer that cannot be reached: a 502 naming it, and nothing installed anywhere.
    w.down.add('usps')
    const refused = await w.call(
      'stamps',
      'POST',
      '/__sandbox/faults',
      {
        name: 'usps.mfa-code-expired',
      },
      't2',
    )
    expect(refused.status).toBe(502)
    expect(refused.type).toContain('application/problem+json')
    expect(JSON.stringify(refused.body)).toContain('usps could not be reached')
    w.down.delete('usps')
    expect((await w.call('usps', 'GET', '/__sandbox/faults', undefined, 't2')).body).toEqual([])
  })
})
