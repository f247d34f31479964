import { describe, expect, it } from 'vitest'
import type { Clock } from './clock'
import {
  backoffMs,
  clockOrderingKey,
  deliverPendingEvents,
  redeliverEvent,
  sendEvent,
} from './event-delivery'
import { EVENT_RETRY_POLICY, enqueueEvent, listEvents } from './event-outbox'
import type { Peer, ServiceName } from './peer'
import { loadServiceKeys } from './service-keys'
import { signServiceToken } from './sign-service-token'
import { createMemoryStore } from './store/memory-store'

const clock: Clock = { now: () => new Date('2026-02-01T00:00:00Z') }
const T0 = Date.parse('2026-02-01T00:00:00Z')

/** A receiver that answers what `answer` says and records the events it saw, by subject. */
function receiver(answer: (seen: string) => number | 'down') {
  const seen: string[] = []
  const fetch: Peer['fetch'] = async (input, init) => {
    const { token } = JSON.parse(String(init?.body)) as { token: string }
    const label = token.split('|')[1] ?? token
    const status = answer(label)
    if (status === 'down') throw new TypeError('fetch failed: ECONNREFUSED')
    if (status < 300) seen.push(label)
    return new Response(JSON.stringify({ url: String(input) }), { status })
  }
  const peer = (name: ServiceName): Peer => ({ name, baseUrl: `http://${name}.test`, fetch })
  const peers = { shipstation: peer('shipstation'), stamps: peer('stamps'), usps: peer('usps') }
  return { peers, seen }
}

/** Not JWTs: the outbox falls back to a random id and the ordering key given. */
const event = (label: string, orderingKey = 'stamps:acct-1') => ({
  peer: 'stamps' as const,
  path: '/partner/events',
  token: `x|${label}`,
  orderingKey,
})

describe('event delivery', () => {
  it('retries a refusal (4xx) with exponential backoff until the receiver takes it', async () => {
    const store = createMemoryStore().forTenant('t1')
    let status = 401
    const { peers, seen } = receiver(() => status)
    const first = await sendEvent(store, clock, peers, event('approved'), { realTime: () => T0 })
    expect(first).toMatchObject({ delivered: false, lastAnswer: { status: 401 } })
    const [pending] = await listEvents(store)
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 })
    expect(Date.parse(pending?.nextAttemptAt ?? '')).toBe(T0 + 1_000)
    // Not due yet: nothing is sent.
    expect(await deliverPendingEvents(store, peers, { realTime: () => T0 + 500 })).toEqual([])
    await deliverPendingEvents(store, peers, { realTime: () => T0 + 1_000 })
    expect((await listEvents(store))[0]).toMatchObject({ attempts: 2 })
    expect(Date.parse((await listEvents(store))[0]?.nextAttemptAt ?? '')).toBe(T0 + 3_000)
    status = 200
    await deliverPendingEvents(store, peers, { realTime: () => T0 + 3_000 })
    expect((await listEvents(store))[0]).toMatchObject({ status: 'delivered', attempts: 3 })
    expect(seen).toEqual(['approved'])
  })

  it('doubles the wait up to ten minutes', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([1_000, 2_000, 4_000, 8_000])
    expect(backoffMs(30)).toBe(EVENT_RETRY_POLICY.maxDelayMs)
  })

  it('gives up after the documented number of attempts, and a redelivery starts again', async () => {
    const store = createMemoryStore().forTenant('t1')
    let status: number | 'down' = 'down'
    const { peers } = receiver(() => status)
    await enqueueEvent(store, clock, event('approved'))
    for (let i = 0; i < EVENT_RETRY_POLICY.maxAttempts + 2; i++) {
      await deliverPendingEvents(store, peers, { ignoreSchedule: true })
    }
    const [failed] = await listEvents(store)
    expect(failed).toMatchObject({ status: 'failed', attempts: EVENT_RETRY_POLICY.maxAttempts })
    expect(failed?.nextAttemptAt).toBeUndefined()
    status = 200
    const again = await redeliverEvent(store, peers, failed?.id ?? '')
    expect(again).toMatchObject({ delivered: true, lastAnswer: { status: 200 } })
  })

  it('delivers in order per account: a later event waits for an earlier undelivered one', async () => {
    const store = createMemoryStore().forTenant('t1')
    let up = false
    const { peers, seen } = receiver((label) => (up || label.startsWith('other') ? 200 : 'down'))
    await enqueueEvent(store, clock, event('pending'))
    await enqueueEvent(store, clock, event('approved'))
    await enqueueEvent(store, clock, event('other-account', 'stamps:acct-2'))
    await deliverPendingEvents(store, peers, { ignoreSchedule: true })
    // acct-1's first failed, so its second was not even tried; acct-2 went ahead.
    expect(seen).toEqual(['other-account'])
    expect((await listEvents(store)).map((e) => [e.orderingKey, e.attempts])).toEqual([
      ['stamps:acct-2', 1],
      ['stamps:acct-1', 0],
      ['stamps:acct-1', 1],
    ])
    up = true
    await deliverPendingEvents(store, peers, { ignoreSchedule: true })
    expect(seen).toEqual(['other-account', 'pending', 'approved'])
  })

  it('holds events to a peer until the clock sync to that peer is delivered', async () => {
    const store = createMemoryStore().forTenant('t1')
    let clockUp = false
    const { peers, seen } = receiver((label) => (label === 'clock' && !clockUp ? 'down' : 200))
    await enqueueEvent(store, clock, event('clock', clockOrderingKey('stamps')))
    await enqueueEvent(store, clock, event('approved'))
    await deliverPendingEvents(store, peers, { ignoreSchedule: true })
    expect(seen).toEqual([])
    clockUp = true
    await deliverPendingEvents(store, peers, { ignoreSchedule: true })
    expect(seen).toEqual(['clock', 'approved'])
  })

  it('uses the token id as the event id, the key the receiver dedupes by', async () => {
    const store = createMemoryStore()
    const keys = await loadServiceKeys(store)
    const token = await signServiceToken(keys, {
      type: 'event+jwt',
      issuer: 'http://usps.test',
      audience: 'http://stamps.test',
      subject: 'usps-acct-9',
      tenant: 't1',
      ttlSeconds: 60,
      clock,
      claims: { event: 'nsa_link.approved', data: {} },
    })
    const pending = await enqueueEvent(store.forTenant('t1'), clock, {
      peer: 'stamps',
      path: '/partner/events',
      token,
    })
    const { jti } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())
    expect(pending).toMatchObject({
      id: jti,
      event: 'nsa_link.approved',
      orderingKey: 'stamps:usps-acct-9',
    })
  })
})
