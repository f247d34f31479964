import type { RealTime } from './clock'
import { deliverPendingEvents } from './event-delivery'
import { PENDING_EVENTS } from './event-outbox'
import { type Peer, type ServiceName, urlOf } from './peer'
import type { Store } from './store/store'
import { storeGeneration, tenantMemo } from './store/write-generation'

export interface EventPumpOptions {
  intervalMs?: number
  realTime?: RealTime
}

/**
 * Retries undelivered events of every tenant on a timer (the HTTP entry points start it; in-process
 * sandboxes deliver inline and need none). Its first pass runs at once and ignores the schedule, so
 * a restarted sender catches up without waiting. A peer that could not be reached is asked for its
 * health on each pass; once it answers, its events are sent at once instead of after the backoff,
 * so a receiver that comes back catches up within a pass. Returns a stop function, which resolves
 * once a pass under way has finished, so the store can be closed after it.
 *
 * @example
 * const stop = startEventPump(store, peers)
 * await stop()
 */
export function startEventPump(
  store: Store,
  peers: Record<ServiceName, Peer>,
  options: EventPumpOptions = {},
): () => Promise<void> {
  let current: Promise<void> | undefined
  let stopped = false
  const unreachable = new Set<ServiceName>()
  const tenantsOf = storeTenants(store)
  // A tenant with no pending event has nothing to deliver; which tenants have some is read again
  // only after a write to the tenant, so an idle sandbox of many tenants scans nothing each pass.
  const hasPending = tenantMemo(async (view) =>
    (await view.list<{ status: string }>(PENDING_EVENTS)).some((e) => e.status === 'pending'),
  )
  const pass = (first: boolean) => {
    if (current || stopped) return
    current = (async () => {
      const back = await peersBack(peers, unreachable)
      for (const tenant of await tenantsOf()) {
        if (stopped) return
        const view = store.forTenant(tenant)
        if (!(await hasPending(view))) continue
        const results = await deliverPendingEvents(view, peers, {
          realTime: options.realTime,
          ignoreSchedule: first || back,
        })
        for (const event of results) {
          if (event.lastAnswer?.status === undefined) unreachable.add(event.peer)
          else unreachable.delete(event.peer)
        }
      }
    })()
      .catch((error) => {
        if (!stopped) console.error('event delivery failed', error)
      })
      .finally(() => {
        current = undefined
      })
  }
  pass(true)
  const timer = setInterval(() => pass(false), options.intervalMs ?? 1_000)
  timer.unref()
  return async () => {
    stopped = true
    clearInterval(timer)
    await current
  }
}

/** `store.listTenants()`, read again only after a write to the store (any tenant). */
function storeTenants(store: Store): () => Promise<string[]> {
  let last: { generation: number; tenants: string[] } | undefined
  return async () => {
    const generation = storeGeneration(store)
    if (generation !== undefined && last?.generation === generation) return last.tenants
    const tenants = await store.listTenants()
    if (generation !== undefined) last = { generation, tenants }
    return tenants
  }
}

/** The unreachable peers that answer their health check now (and are no longer unreachable). */
async function peersBack(
  peers: Record<ServiceName, Peer>,
  unreachable: Set<ServiceName>,
): Promise<Set<ServiceName>> {
  const back = new Set<ServiceName>()
  for (const name of unreachable) {
    const peer = peers[name]
    const ok = await peer
      .fetch(urlOf(peer.baseUrl, '/__sandbox/health'), { signal: AbortSignal.timeout(2_000) })
      .then(
        async (res) => {
          await res.body?.cancel()
          return res.ok
        },
        () => false,
      )
    if (ok) {
      back.add(name)
      unreachable.delete(name)
    }
  }
  return back
}
