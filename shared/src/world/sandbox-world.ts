import type { RealTime } from '../clock'
import type { Peer, ServiceName } from '../peer'
import type { ServiceKeys } from '../service-keys'
import type { Store } from '../store/store'

/**
 * What a service needs to keep one world with its peers: who it is, how it reaches them, the key it
 * signs clock syncs with. Without peers (a service tested alone) clock and snapshots stay local.
 */
export interface SandboxWorld {
  service: ServiceName
  /** The service's whole store: snapshots live in its system area, beside the tenants. */
  store: Store
  realTime: RealTime
  peers?: Record<ServiceName, Peer>
  keys?: () => Promise<ServiceKeys>
}

/** How a peer took part in a fanned-out call, as the answer names it. */
export type PeerOutcome =
  | 'synced'
  | 'saved'
  | 'restored'
  | 'deleted'
  | 'missing'
  | 'unreachable'
  | `failed (${number})`

/** The peers of this service (never itself). */
export function otherPeers(world: SandboxWorld): Peer[] {
  return world.peers ? Object.values(world.peers).filter((peer) => peer.name !== world.service) : []
}

/**
 * Makes the same control call on every peer, for this service's part only (`?scope=local`), and
 * names each peer's outcome: `done` on 2xx, `missing` on 404, `unreachable` when no answer came.
 */
export async function fanOut(
  world: SandboxWorld,
  tenant: string,
  call: { method: string; path: string; body?: unknown },
  done: PeerOutcome,
): Promise<Partial<Record<ServiceName, PeerOutcome>>> {
  const outcomes = await Promise.all(
    otherPeers(world).map(async (peer): Promise<[ServiceName, PeerOutcome]> => {
      try {
        const url = new URL(call.path, `${peer.baseUrl.replace(/\/$/, '')}/`)
        url.searchParams.set('scope', 'local')
        const res = await peer.fetch(url.toString(), {
          method: call.method,
          headers: { 'content-type': 'application/json', 'x-sandbox-tenant': tenant },
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
        })
        await res.body?.cancel()
        if (res.ok) return [peer.name, done]
        return [peer.name, res.status === 404 ? 'missing' : `failed (${res.status})`]
      } catch {
        return [peer.name, 'unreachable']
      }
    }),
  )
  return Object.fromEntries(outcomes)
}
