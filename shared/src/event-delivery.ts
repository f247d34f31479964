import type { Clock, RealTime } from './clock'
import { NotFoundError } from './errors'
import {
  type DeliveryAnswer,
  EVENT_RETRY_POLICY,
  enqueueEvent,
  type NewEvent,
  PENDING_EVENTS,
  type PendingEvent,
} from './event-outbox'
import { type Peer, type ServiceName, urlOf } from './peer'
import type { TenantStore } from './store/store'

/** What a control call says about the event its effect depends on. */
export interface EventDelivery {
  id: string
  delivered: boolean
  lastAnswer?: DeliveryAnswer
}

export interface DeliverOptions {
  /** Real time for the backoff schedule; default Date.now. */
  realTime?: RealTime
  /**
   * Try pending events now, whatever their next try says: all of them (a restart catching up), or
   * those to the peers named (peers seen coming back).
   */
  ignoreSchedule?: boolean | ReadonlySet<ServiceName>
}

/** Ordering key of the clock syncs to a peer: every other event to that peer waits for them. */
export function clockOrderingKey(peer: ServiceName): string {
  return `clock:${peer}`
}

/**
 * Tries every pending event that is due, oldest first. An event waits while an earlier event with
 * its ordering key is undelivered (in order per account), and while a clock sync to its receiver is
 * (so the receiver's clock agrees with the token's times before the token arrives). Any failure, a
 * 4xx included, schedules a retry with exponential backoff (EVENT_RETRY_POLICY). Receivers dedupe
 * by `jti`, so a retry after a lost answer is harmless.
 */
export async function deliverPendingEvents(
  store: TenantStore,
  peers: Record<ServiceName, Peer>,
  options: DeliverOptions = {},
): Promise<PendingEvent[]> {
  const now = (options.realTime ?? Date.now)()
  const blockedKeys = new Set<string>()
  const results: PendingEvent[] = []
  for (const event of await store.list<PendingEvent>(PENDING_EVENTS)) {
    if (event.status !== 'pending') continue
    const waits =
      blockedKeys.has(event.orderingKey) || blockedKeys.has(clockOrderingKey(event.peer))
    const due =
      options.ignoreSchedule === true ||
      (options.ignoreSchedule instanceof Set && options.ignoreSchedule.has(event.peer)) ||
      !event.nextAttemptAt ||
      Date.parse(event.nextAttemptAt) <= now
    const updated = !waits && due ? await attempt(store, peers, event, now) : event
    if (updated.status === 'pending') blockedKeys.add(updated.orderingKey)
    if (updated !== event) results.push(updated)
  }
  return results
}

/**
 * Delivers one event now: first the earlier undelivered events it waits for, then itself (unless
 * one of those is still undelivered, which keeps the order). What a control call whose effect
 * depends on the event answers with.
 */
export async function deliverEventNow(
  store: TenantStore,
  peers: Record<ServiceName, Peer>,
  id: string,
  options: DeliverOptions = {},
): Promise<EventDelivery> {
  await deliverPendingEvents(store, peers, { ...options, ignoreSchedule: true })
  const event = await store.get<PendingEvent>(PENDING_EVENTS, id)
  if (!event) throw new NotFoundError(`No event ${id} exists in this tenant.`)
  return deliveryOf(event)
}

/**
 * Records an event and tries it at once: the shared step of every control call whose effect
 * depends on an event (USPS approve). A failure leaves it pending for the pump.
 *
 * @example
 * const event = await sendEvent(c.var.store, c.var.clock, peers, { peer: 'stamps', path, token })
 * return c.json({ ...link, event })
 */
export async function sendEvent(
  store: TenantStore,
  clock: Clock,
  peers: Record<ServiceName, Peer>,
  event: NewEvent,
  options: DeliverOptions = {},
): Promise<EventDelivery> {
  const pending = await enqueueEvent(store, clock, event)
  return deliverEventNow(store, peers, pending.id, options)
}

/**
 * Sends an event again by hand, whatever its status and order: a delivered one is acknowledged by
 * the receiver as a duplicate; a given-up one gets a fresh retry budget.
 */
export async function redeliverEvent(
  store: TenantStore,
  peers: Record<ServiceName, Peer>,
  id: string,
  options: DeliverOptions = {},
): Promise<EventDelivery> {
  const event = await store.get<PendingEvent>(PENDING_EVENTS, id)
  if (!event) throw new NotFoundError(`No event ${id} exists in this tenant.`)
  const budget = { ...event, giveUpAfter: event.attempts + EVENT_RETRY_POLICY.maxAttempts }
  return deliveryOf(await attempt(store, peers, budget, (options.realTime ?? Date.now)()))
}

function deliveryOf(event: PendingEvent): EventDelivery {
  return { id: event.id, delivered: event.status === 'delivered', lastAnswer: event.lastAnswer }
}

async function attempt(
  store: TenantStore,
  peers: Record<ServiceName, Peer>,
  event: PendingEvent,
  now: number,
): Promise<PendingEvent> {
  const answer = await post(peers[event.peer], event, store.tenant, now)
  const ok = answer.status !== undefined && answer.status >= 200 && answer.status < 300
  const attempts = event.attempts + 1
  // A receiver without the clock sync route (a test double standing in for a peer) does not share
  // the clock: retrying is pointless, and its other events must not wait for it.
  const noSharedClock = answer.status === 404 && event.orderingKey.startsWith('clock:')
  const next: PendingEvent = ok
    ? { ...event, attempts, status: 'delivered', lastAnswer: answer, deliveredAt: answer.at }
    : attempts >= event.giveUpAfter || noSharedClock
      ? { ...event, attempts, status: 'failed', lastAnswer: answer }
      : {
          ...event,
          attempts,
          status: 'pending',
          lastAnswer: answer,
          nextAttemptAt: new Date(now + backoffMs(attempts)).toISOString(),
        }
  if (ok || next.status === 'failed') delete next.nextAttemptAt
  // Written over the stored record only if it still exists (a reset may have emptied the tenant).
  const written = await store.update<PendingEvent>(PENDING_EVENTS, event.id, (current) =>
    current ? next : undefined,
  )
  return written ?? next
}

/** Delay before the try after `attempts` failures. */
export function backoffMs(attempts: number): number {
  const { firstDelayMs, maxDelayMs } = EVENT_RETRY_POLICY
  return Math.min(firstDelayMs * 2 ** Math.max(0, attempts - 1), maxDelayMs)
}

async function post(
  peer: Peer,
  event: PendingEvent,
  tenant: string,
  now: number,
): Promise<DeliveryAnswer> {
  const at = new Date(now).toISOString()
  try {
    const res = await peer.fetch(urlOf(peer.baseUrl, event.path), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-tenant': tenant },
      body: JSON.stringify({ token: event.token }),
    })
    return { at, status: res.status, body: (await res.text()).slice(0, 500) }
  } catch (cause) {
    return { at, error: cause instanceof Error ? cause.message : String(cause) }
  }
}
