import { type Clock, type ServiceKeys, signEvent } from '@partner-sandbox/shared'
import type { NsaLink } from '../domain/nsa-link'

/** The events USPS sends the platform that asked for an NSA link (for Auctane, Stamps.com). */
export type NsaLinkEventName = 'nsa_link.approved' | 'nsa_link.rejected' | 'nsa_link.revoked'

/**
 * `data` of the `nsa_link.*` events (docs/contracts/rates-labels-and-events.md); `reason` only on
 * `nsa_link.rejected`.
 */
// A type alias, not an interface: signEvent takes a Record<string, unknown>.
export type NsaLinkEventData = {
  linkId: string
  crid: string
  mid: string
  epsNumber: string
  uspsAccountId: string
  reason?: string
}

export interface StampsEventOptions {
  /** USPS's base URL, the event's issuer. */
  issuer: string
  /** The receiving platform's base URL. */
  audience: string
  tenant: string
  clock: Clock
}

/**
 * The signed `nsa_link.approved | rejected | revoked` event about the customer's USPS account.
 *
 * @example
 * const token = await signNsaLinkEvent(keys, { issuer, audience, tenant, clock }, 'nsa_link.approved', link)
 */
export function signNsaLinkEvent(
  keys: ServiceKeys,
  options: StampsEventOptions,
  event: NsaLinkEventName,
  link: NsaLink,
): Promise<string> {
  const data: NsaLinkEventData = {
    linkId: link.id,
    crid: link.crid,
    mid: link.mid,
    epsNumber: link.epsNumber,
    uspsAccountId: link.uspsAccountId,
  }
  if (event === 'nsa_link.rejected') data.reason = link.rejectionReason ?? ''
  return signEvent(keys, { ...options, subject: link.uspsAccountId, event, data })
}
