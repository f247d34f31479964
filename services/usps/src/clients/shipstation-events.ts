import { type ServiceKeys, signEvent } from '@partner-sandbox/shared'
import type { PromoCode } from '../domain/promo-code'
import type { StampsEventOptions } from './stamps-events'

/** `data` of `promo_code.issued` (docs/contracts/rates-labels-and-events.md). */
export type PromoCodeIssuedData = {
  code: string
  expiresAt: string
  offer: { name: string; description: string }
  issuedTo?: string
}

/**
 * The signed `promo_code.issued` event USPS sends ShipStation (`POST /partner/events`) when the
 * representative mints a code for a customer.
 *
 * @example
 * const token = await signPromoCodeIssued(keys, { issuer, audience, tenant, clock }, promo)
 */
export function signPromoCodeIssued(
  keys: ServiceKeys,
  options: StampsEventOptions,
  promo: PromoCode,
): Promise<string> {
  const data: PromoCodeIssuedData = {
    code: promo.code,
    expiresAt: promo.expiresAt,
    offer: promo.offer,
    ...(promo.issuedTo ? { issuedTo: promo.issuedTo } : {}),
  }
  return signEvent(keys, { ...options, subject: promo.code, event: 'promo_code.issued', data })
}
