import type { KeySet, PeerDirectory, ServiceKeys } from '@partner-sandbox/shared'

/** Auctane's credentials at the USPS OAuth server. */
export interface UspsClientCredentials {
  clientId: string
  clientSecret: string
}

export const DEFAULT_USPS_CLIENT: UspsClientCredentials = Object.freeze({
  clientId: 'auctane',
  clientSecret: 'auctane-sandbox-secret',
})

/** What createApp builds once and every route shares; nothing here is per-request state. */
export interface StampsDeps {
  peers: PeerDirectory
  /** Our own signing key, for events to ShipStation. */
  keys: () => Promise<ServiceKeys>
  shipstationKeys: KeySet
  uspsKeys: KeySet
  uspsClient: UspsClientCredentials
}
