import type { RealTime } from './clock'
import { deliverPendingEvents } from './event-delivery'
import { type Peer, type ServiceName, urlOf } from './peer'
import type { Store } from './store/store'

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
  const pass = (first: boolean) => {
    if (current || stopped) return
    current = (async () => {
      const back = await peersBack(peers, unreachable)
      for (const tenant of await store.listTenants()) {
        if (stopped) return
        const results = await deliverPendingEvents(store.forTenant(tenant), peers, {
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
