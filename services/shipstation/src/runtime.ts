import type {
  FetchLike,
  PeerDirectory,
  peerKeySet,
  RandomSource,
  SandboxContext,
  ServiceKeys,
} from '@partner-sandbox/shared'
import type { DomainContext } from './domain/context'
import type { ShippingContext } from './domain/shipping-context'

/** ShipStation's app-lifetime dependencies, built once in createApp and shared by every route. */
export interface ShipStationRuntime {
  peers: PeerDirectory
  random: RandomSource
  keys: () => Promise<ServiceKeys>
  /** Stamps.com's public keys, for the events it signs. */
  stampsKeySet: ReturnType<typeof peerKeySet>
  /** USPS's public keys, for its `promo_code.issued`. */
  uspsKeySet: ReturnType<typeof peerKeySet>
  /** Delivers webhooks to customers' URLs (the global fetch unless a test passes its own). */
  webhookFetch: FetchLike
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

/**
 * The domain context plus what rates, labels and webhooks need: keys and peers for the Stamps.com
 * back channel, and the webhook fetch.
 *
 * @example
 * const shipment = await quoteShipment(shippingContext(c, runtime), account.id, input)
 */
export function shippingContext(c: SandboxContext, runtime: ShipStationRuntime): ShippingContext {
  return {
    ...domainContext(c, runtime),
    keys: runtime.keys,
    peers: runtime.peers,
    webhookFetch: runtime.webhookFetch,
  }
}
