import { parseInput, type ReceivedEvent } from '@partner-sandbox/shared'
import * as z from 'zod'
import { UnknownEventError } from '../errors'
import type { DomainContext } from './context'
import { addPromoCode, NsaOffer, type PromoCode } from './promo-codes'

/** The one event USPS sends ShipStation (docs/contracts/rates-labels-and-events.md). */
export const USPS_EVENTS = ['promo_code.issued'] as const

const PromoCodeIssued = z.object({
  code: z.string({ error: 'code is required' }).min(1, 'code is required'),
  expiresAt: z.iso.datetime({ offset: true, error: 'expiresAt must be an ISO time.' }),
  offer: NsaOffer,
  issuedTo: z.email().optional(),
})

/**
 * `promo_code.issued` from USPS (minted at the representative's desk): a single-use code with its
 * expiry and NSA offer, accepted at registration from then on.
 *
 * @example
 * await applyUspsEvent(ctx, received)
 */
export async function applyUspsEvent(
  ctx: DomainContext,
  received: Pick<ReceivedEvent, 'event' | 'data'>,
): Promise<PromoCode> {
  if (received.event !== 'promo_code.issued')
    throw new UnknownEventError(received.event, USPS_EVENTS)
  const issued = parseInput(PromoCodeIssued, received.data)
  return addPromoCode(ctx, { ...issued, singleUse: true }, 'usps')
}
