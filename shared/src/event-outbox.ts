import { decodeJwt } from 'jose'
import * as z from 'zod'
import type { Clock } from './clock'
import type { ServiceName } from './peer'
import { secretToken } from './random'
import type { TenantStore } from './store/store'

export const PENDING_EVENTS = 'pending_events'

/**
 * How long an undelivered event is retried: after attempt n the next waits
 * min(firstDelayMs * 2^(n-1), maxDelayMs) of real time; after maxAttempts failures it is given up
 * (status "failed") until redelivered by hand. With these values that is about two and a half hours.
 */
export const EVENT_RETRY_POLICY = Object.freeze({
  firstDelayMs: 1_000,
  maxDelayMs: 10 * 60_000,
  maxAttempts: 20,
})

/** What the receiver answered to the last attempt (or why it could not be reached). */
export const DeliveryAnswer = z.object({
  at: z.string(),
  status: z.number().optional(),
  body: z.string().optional(),
  /** Set when no answer came: connection refused, DNS, timeout. */
  error: z.string().optional(),
})
export type DeliveryAnswer = z.infer<typeof DeliveryAnswer>

/** A signed event waiting to reach another service (transactional outbox). */
export const PendingEvent = z.object({
  /** The token's `jti`: the receiver's idempotency key, so a redelivery is acknowledged, not redone. */
  id: z.string(),
  peer: z.enum(['shipstation', 'stamps', 'usps']),
  path: z.string(),
  /** The signed JWT carrying the event; the receiver verifies it against our JWKS. */
  token: z.string(),
  /** The event's name (`nsa_link.approved`), from the token. */
  event: z.string(),
  /** Events with the same key are delivered in the order they were recorded. */
  orderingKey: z.string(),
  createdAt: z.string(),
  attempts: z.number(),
  status: z.enum(['pending', 'delivered', 'failed', 'superseded']),
  lastAnswer: DeliveryAnswer.optional(),
  /** Real time of the next automatic try, while pending. */
  nextAttemptAt: z.string().optional(),
  deliveredAt: z.string().optional(),
  /** Attempt count at which it is given up; raised by each redelivery by hand. */
  giveUpAfter: z.number(),
})
export type PendingEvent = z.infer<typeof PendingEvent>

export interface NewEvent {
  peer: ServiceName
  path: string
  token: string
  /** Default: the receiver plus the token's subject (the account the event is about). */
  orderingKey?: string
}

/**
 * Records an event to deliver. The caller commits its own state change first, then enqueues, then
 * delivers (deliverEventNow or deliverPendingEvents): a crash in between leaves the event pending,
 * never lost.
 *
 * @example
 * await enqueueEvent(store, clock, { peer: 'stamps', path: '/partner/events', token })
 */
export async function enqueueEvent(
  store: TenantStore,
  clock: Clock,
  event: NewEvent,
): Promise<PendingEvent> {
  const claims = claimsOf(event.token)
  const pending: PendingEvent = {
    id: claims.jti ?? secretToken(12),
    peer: event.peer,
    path: event.path,
    token: event.token,
    event: claims.event ?? 'event',
    orderingKey: event.orderingKey ?? `${event.peer}:${claims.sub ?? 'none'}`,
    createdAt: clock.now().toISOString(),
    attempts: 0,
    status: 'pending',
    giveUpAfter: EVENT_RETRY_POLICY.maxAttempts,
  }
  await store.put(PENDING_EVENTS, pending.id, pending)
  return pending
}

export interface ListEventsOptions {
  status?: PendingEvent['status']
}

/** The tenant's events, newest first. */
export async function listEvents(
  store: TenantStore,
  options: ListEventsOptions = {},
): Promise<PendingEvent[]> {
  const events = (await store.list<PendingEvent>(PENDING_EVENTS)).reverse()
  return options.status ? events.filter((e) => e.status === options.status) : events
}

function claimsOf(token: string): { jti?: string; sub?: string; event?: string } {
  try {
    const payload = decodeJwt(token)
    return {
      jti: payload.jti,
      sub: payload.sub,
      event: typeof payload.event === 'string' ? payload.event : undefined,
    }
  } catch {
    return {}
  }
}
