import { Hono } from 'hono'
import { createLocalJWKSet } from 'jose'
import { describe, expect, it } from 'vitest'
import type { Clock } from './clock'
import { deliverPendingEvents } from './event-delivery'
import { enqueueEvent, listEvents } from './event-outbox'
import type { Peer, ServiceName } from './peer'
import { jwksOf, loadServiceKeys } from './service-keys'
import { receiveSignedEvent, signEvent } from './signed-event'
import { createMemoryStore } from './store/memory-store'

const clock: Clock = { now: () => new Date('2026-02-01T00:00:00Z') }

function peersWith(fetch: Peer['fetch']): Record<ServiceName, Peer> {
  return {
    shipstation: { name: 'shipstation', baseUrl: 'http://ss.test', fetch },
    stamps: { name: 'stamps', baseUrl: 'http://stamps.test', fetch },
    usps: { name: 'usps', baseUrl: 'http://usps.test', fetch },
  }
}

describe('signed events', () => {
  it('delivers an event the receiver verifies once, and marks a redelivery as duplicate', async () => {
    const keys = await loadServiceKeys(createMemoryStore())
    const receiverStore = createMemoryStore().forTenant('t1')
    const received: string[] = []
    const receiver = new Hono().post('/partner/events', async (c) => {
      const event = await receiveSignedEvent(await c.req.json(), createLocalJWKSet(jwksOf(keys)), {
        issuer: 'http://stamps.test',
        audience: 'http://ss.test',
        store: receiverStore,
        clock,
      })
      received.push(`${event.event}:${event.duplicate}`)
      return c.json({ ok: true })
    })
    const sender = createMemoryStore().forTenant('t1')
    const token = await signEvent(keys, {
      issuer: 'http://stamps.test',
      audience: 'http://ss.test',
      tenant: 't1',
      subject: 'acct',
      event: 'cop.approval_pending',
      data: { crid: '1' },
      clock,
    })
    await enqueueEvent(sender, clock, { peer: 'shipstation', path: '/partner/events', token })
    const peers = peersWith(async (input, init) => receiver.request(String(input), init))
    expect((await deliverPendingEvents(sender, peers))[0]?.status).toBe('delivered')
    await receiver.request('http://ss.test/partner/events', {
      method: 'POST',
      body: JSON.stringify({ token }),
      headers: { 'content-type': 'application/json' },
    })
    expect(received).toEqual(['cop.approval_pending:false', 'cop.approval_pending:true'])
  })

  it('keeps an event pending while the receiver is unreachable, then delivers it', async () => {
    const sender = createMemoryStore().forTenant('t1')
    await enqueueEvent(sender, clock, { peer: 'stamps', path: '/partner/events', token: 'x' })
    const down = peersWith(async () => {
      throw new Error('ECONNREFUSED')
    })
    expect((await deliverPendingEvents(sender, down))[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastAnswer: { error: 'ECONNREFUSED' },
    })
    const up = peersWith(async () => new Response('{}', { status: 200 }))
    expect((await deliverPendingEvents(sender, up, { ignoreSchedule: true }))[0]).toMatchObject({
      status: 'delivered',
      attempts: 2,
    })
    expect(await deliverPendingEvents(sender, up)).toEqual([])
    expect((await listEvents(sender))[0]?.status).toBe('delivered')
  })

  it('refuses an event of another tenant', async () => {
    const keys = await loadServiceKeys(createMemoryStore())
    const token = await signEvent(keys, {
      issuer: 'http://usps.test',
      audience: 'http://stamps.test',
      tenant: 'other',
      subject: 's',
      event: 'nsa_link.approved',
      data: {},
      clock,
    })
    await expect(
      receiveSignedEvent({ token }, createLocalJWKSet(jwksOf(keys)), {
        issuer: 'http://usps.test',
        audience: 'http://stamps.test',
        store: createMemoryStore().forTenant('t1'),
        clock,
      }),
    ).rejects.toThrow(/tenant/)
  })
})

describe('applying a signed event', () => {
  it('forgets the jti of a refused event, so its redelivery is applied, and dedupes the rest', async () => {
    const { applySignedEvent } = await import('./signed-event')
    const keys = await loadServiceKeys(createMemoryStore())
    const store = createMemoryStore().forTenant('t1')
    const options = { issuer: 'http://usps.test', audience: 'http://stamps.test', store, clock }
    const token = await signEvent(keys, {
      ...options,
      tenant: 't1',
      subject: 's',
      event: 'nsa_link.approved',
      data: {},
    })
    const keySet = createLocalJWKSet(jwksOf(keys))
    let ready = false
    const apply = async () => {
      if (!ready) throw new Error('account not there yet')
      return 'applied'
    }
    await expect(applySignedEvent({ token }, keySet, options, apply)).rejects.toThrow(
      'account not there yet',
    )
    ready = true
    expect(await applySignedEvent({ token }, keySet, options, apply)).toEqual({
      status: 'processed',
      event: 'nsa_link.approved',
      result: 'applied',
    })
    expect(await applySignedEvent({ token }, keySet, options, apply)).toEqual({
      status: 'duplicate',
    })
  })
})
