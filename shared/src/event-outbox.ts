import { z } from 'zod'
import type { Clock } from './clock'
import { type Peer, type ServiceName, urlOf } from './peer'
import { secretToken } from './random'
import type { Store, TenantStore } from './store/store'

const PENDING_EVENTS = 'pending_events'

/** A signed event waiting to reach another service (transactional outbox). */
export const PendingEvent = z.object({
  id: z.string(),
  peer: z.enum(['shipstation', 'stamps', 'usps']),
  path: z.string(),
  /** The signed JWT carrying the event; the receiver verifies it against our JWKS. */
  token: z.string(),
  createdAt: z.string(),
  attempts: z.number(),
  status: z.enum(['pending', 'delivered', 'rejected']),
  lastError: z.string().optional(),
})
export type PendingEvent = z.infer<typeof PendingEvent>

/**
 * Records an event to deliver. The caller commits its own state change first, then enqueues, then
 * calls deliverPendingEvents: a crash in between leaves the event pending, never lost.
 */
export async function enqueueEvent(
  store: TenantStore,
  clock: Clock,
  event: { peer: ServiceName; path: string; token: string },
): Promise<PendingEvent> {
  const pending: PendingEvent = {
    id: secretToken(12),
    ...event,
    createdAt: clock.now().toISOString(),
    attempts: 0,
    status: 'pending',
  }
  await store.put(PENDING_EVENTS, pending.id, pending)
  return pending
}

/**
 * Tries every pending event once: 2xx delivers it, 4xx means the peer refused it for good, anything
 * else (network error, 5xx) keeps it pending for the next try. Receivers dedupe by `jti`, so a
 * delivery retried after a lost answer is harmless.
 */
export async function deliverPendingEvents(
  store: TenantStore,
  peers: Record<ServiceName, Peer>,
): Promise<PendingEvent[]> {
  const pending = (await store.list<PendingEvent>(PENDING_EVENTS)).filter(
    (e) => e.status === 'pending',
  )
  const results: PendingEvent[] = []
  for (const event of pending) {
    const peer = peers[event.peer]
    let outcome: Pick<PendingEvent, 'status' | 'lastError'>
    try {
      const res = await peer.fetch(urlOf(peer.baseUrl, event.path), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sandbox-tenant': store.tenant },
        body: JSON.stringify({ token: event.token }),
      })
      if (res.ok) outcome = { status: 'delivered' }
      else if (res.status >= 400 && res.status < 500)
        outcome = { status: 'rejected', lastError: `${res.status} ${await res.text()}` }
      else outcome = { status: 'pending', lastError: `${res.status} ${await res.text()}` }
    } catch (cause) {
      outcome = {
        status: 'pending',
        lastError: cause instanceof Error ? cause.message : String(cause),
      }
    }
    const updated = await store.update<PendingEvent>(PENDING_EVENTS, event.id, (current) =>
      current ? { ...current, ...outcome, attempts: current.attempts + 1 } : undefined,
    )
    if (updated) results.push(updated)
  }
  return results
}

export async function listEvents(store: TenantStore): Promise<PendingEvent[]> {
  return (await store.list<PendingEvent>(PENDING_EVENTS)).reverse()
}

/**
 * Retries undelivered events of every tenant on a timer (the HTTP entry points start it; in-process
 * sandboxes deliver inline and need none). Returns a stop function.
 */
export function startEventPump(
  store: Store,
  peers: Record<ServiceName, Peer>,
  intervalMs = 5_000,
): () => void {
  let running = false
  const timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      for (const tenant of await store.listTenants()) {
        await deliverPendingEvents(store.forTenant(tenant), peers)
      }
    } catch (error) {
      console.error('event delivery failed', error)
    } finally {
      running = false
    }
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
