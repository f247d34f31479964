import type {
  PeerDirectory,
  peerKeySet,
  RandomSource,
  SandboxContext,
  ServiceKeys,
} from '@partner-sandbox/shared'
import type { DomainContext } from '../domain/context'

/** What route modules share, built once in createApp. */
export interface RouteDeps {
  peers: PeerDirectory
  random: RandomSource
  keys: () => Promise<ServiceKeys>
  /** Stamps.com's public keys, for the events it signs. */
  stampsKeySet: ReturnType<typeof peerKeySet>
}

/** The request's store and clock plus the app's random source, for domain functions. */
export function domainContext(c: SandboxContext, deps: RouteDeps): DomainContext {
  return {
    store: c.var.store,
    clock: c.var.clock,
    random: deps.random,
    baseUrl: deps.peers.shipstation.baseUrl,
  }
}
