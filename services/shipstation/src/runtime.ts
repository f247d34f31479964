import type {
  PeerDirectory,
  peerKeySet,
  RandomSource,
  SandboxContext,
  ServiceKeys,
} from '@partner-sandbox/shared'
import type { DomainContext } from './domain/context'

/** ShipStation's app-lifetime dependencies, built once in createApp and shared by every route. */
export interface ShipStationRuntime {
  peers: PeerDirectory
  random: RandomSource
  keys: () => Promise<ServiceKeys>
  /** Stamps.com's public keys, for the events it signs. */
  stampsKeySet: ReturnType<typeof peerKeySet>
  /** scrypt's N for new password hashes. */
  passwordCost: number
}

/**
 * The request's store and clock plus the app's random source, for domain functions.
 *
 * @example
 * await registerAccount(domainContext(c, runtime), input)
 */
export function domainContext(c: SandboxContext, runtime: ShipStationRuntime): DomainContext {
  return {
    store: c.var.store,
    clock: c.var.clock,
    random: runtime.random,
    baseUrl: runtime.peers.shipstation.baseUrl,
    passwordCost: runtime.passwordCost,
  }
}
