import type { KeySet, PeerDirectory, SandboxContext, ServiceKeys } from '@partner-sandbox/shared'
import type { UspsClientCredentials } from './clients/usps-token-client'
import type { DomainContext } from './domain/context'

/** The `auctane` client the USPS sandbox seeds. */
export const DEFAULT_USPS_CLIENT: UspsClientCredentials = Object.freeze({
  clientId: 'auctane',
  clientSecret: 'auctane-sandbox-secret',
})

/** What createApp builds once and every route shares; nothing here is per-request state. */
export interface StampsRuntime {
  peers: PeerDirectory
  /** Our own signing key, for events to ShipStation. */
  keys: () => Promise<ServiceKeys>
  shipstationKeys: KeySet
  uspsKeys: KeySet
  uspsClient: UspsClientCredentials
}

/**
 * The request's store and clock plus the app's peers, keys and USPS client, for domain functions.
 *
 * @example
 * const account = await acceptSsoToken(domainContext(c, runtime), token)
 */
export function domainContext(c: SandboxContext, runtime: StampsRuntime): DomainContext {
  return {
    store: c.var.store,
    clock: c.var.clock,
    baseUrl: runtime.peers.stamps.baseUrl,
    peers: runtime.peers,
    keys: runtime.keys,
    shipstationKeys: runtime.shipstationKeys,
    uspsKeys: runtime.uspsKeys,
    uspsClient: runtime.uspsClient,
  }
}
