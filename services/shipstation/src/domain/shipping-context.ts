import type { FetchLike, PeerDirectory, ServiceKeys } from '@partner-sandbox/shared'
import type { DomainContext } from './context'

/**
 * What rates, labels and webhooks need beyond the common context: our signing key and peers (the
 * Stamps.com back channel) and the fetch that delivers webhooks to customers' URLs.
 */
export interface ShippingContext extends DomainContext {
  keys: () => Promise<ServiceKeys>
  peers: PeerDirectory
  webhookFetch: FetchLike
}
