import { describe, expect, it } from 'vitest'
import type { Clock } from './clock'
import { deliverPendingEvents } from './event-delivery'
import { enqueueEvent, listEvents } from './event-outbox'
import { startEventPump } from './event-pump'
import type { Peer, ServiceName } from './peer'
import { createMemoryStore } from './store/memory-store'

const clock: Clock = { now: () => new Date('2026-02-01T00:00:00Z') }

describe('event pump', () => {
  it('sends at once to a receiver that comes back, instead of waiting out the backoff', async () => {
    let up = false
    const fetch: Peer['fetch'] = async () => {
      if (!up) throw new TypeError('fetch failed: ECONNREFUSED')
      return new Response('{}', { status: 200 })
    }
    const peer = (name: ServiceName): Peer => ({ name, baseUrl: `http://${name}.test`, fetch })
    const peers = { shipstation: peer('shipstation'), stamps: peer('stamps'), usps: peer('usps') }
    const store = createMemoryStore()
    const tenant = store.forTenant('t1')
    await enqueueEvent(tenant, clock, { peer: 'stamps', path: '/partner/events', token: 'x' })
    // Five failures: the next automatic try is 16 s away.
    for (let i = 0; i < 5; i++) await deliverPendingEvents(tenant, peers, { ignoreSchedule: true })
    const stop = startEventPump(store, peers, { intervalMs: 10 })
    try {
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect((await listEvents(tenant))[0]).toMatchObject({ status: 'pending', attempts: 6 })
      up = true
      const until = Date.now() + 2_000
      while (Date.now() < until && (await listEvents(tenant))[0]?.status !== 'delivered') {
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      expect((await listEvents(tenant))[0]).toMatchObject({ status: 'delivered', attempts: 7 })
    } finally {
      await stop()
    }
  })

  it('delivers an event enqueued while it runs, in a tenant it already passed over as idle', async () => {
    const sent: string[] = []
    const fetch: Peer['fetch'] = async (input) => {
      sent.push(String(input))
      return new Response('{}', { status: 200 })
    }
    const peer = (name: ServiceName): Peer => ({ name, baseUrl: `http://${name}.test`, fetch })
    const peers = { shipstation: peer('shipstation'), stamps: peer('stamps'), usps: peer('usps') }
    const store = createMemoryStore()
    await store.forTenant('idle').put('things', 'a', {})
    const stop = startEventPump(store, peers, { intervalMs: 10 })
    try {
      await new Promise((resolve) => setTimeout(resolve, 50))
      const later = store.forTenant('later')
      await enqueueEvent(later, clock, { peer: 'stamps', path: '/partner/events', token: 'x' })
      await enqueueEvent(store.forTenant('idle'), clock, {
        peer: 'usps',
        path: '/partner/events',
        token: 'y',
      })
      const until = Date.now() + 2_000
      while (Date.now() < until && sent.length < 2) {
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      expect(sent.sort()).toEqual([
        'http://stamps.test/partner/events',
        'http://usps.test/partner/events',
      ])
    } finally {
      await stop()
    }
  })
})
