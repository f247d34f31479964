import { type Clock, type ServiceKeys, signEvent } from '@partner-sandbox/shared'
import type { NsaLink } from '../domain/nsa-link'

/** `data` of `nsa_link.approved`: what Stamps.com needs to approve the COP account. */
// A type alias, not an interface: signEvent takes a Record<string, unknown>.
export type NsaLinkApprovedData = {
  linkId: string
  crid: string
  mid: string
  epsNumber: string
  uspsAccountId: string
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
 * The signed `nsa_link.approved` event USPS sends the platform that asked for the link (for
 * Auctane, Stamps.com), about the customer's USPS account.
 *
 * @example
 * const token = await signNsaLinkApproved(keys, { issuer, audience, tenant, clock }, link)
 */
export function signNsaLinkApproved(
  keys: ServiceKeys,
  options: StampsEventOptions,
  link: NsaLink,
): Promise<string> {
  const data: NsaLinkApprovedData = {
    linkId: link.id,
    crid: link.crid,
    mid: link.mid,
    epsNumber: link.epsNumber,
    uspsAccountId: link.uspsAccountId,
  }
  return signEvent(keys, {
    ...options,
    subject: link.uspsAccountId,
    event: 'nsa_link.approved',
    data,
  })
}
