import type {
  Clock,
  KeySet,
  PeerDirectory,
  ServiceKeys,
  TenantStore,
} from '@partner-sandbox/shared'
import type { UspsClientCredentials } from '../clients/usps-token-client'

/**
 * What every domain operation receives instead of reaching for globals: the request's tenant store
 * and clock, and what the clients in `src/clients/` need to reach USPS and ShipStation.
 */
export interface DomainContext {
  store: TenantStore
  clock: Clock
  /** Stamps.com's own public base URL: the audience of tokens sent to us, our OAuth redirect URI. */
  baseUrl: string
  peers: PeerDirectory
  /** Our own signing key, for events to ShipStation. */
  keys: () => Promise<ServiceKeys>
  /** ShipStation's public keys, for its `sso+jwt`. */
  shipstationKeys: KeySet
  /** USPS's public keys, for its signed events. */
  uspsKeys: KeySet
  uspsClient: UspsClientCredentials
}
