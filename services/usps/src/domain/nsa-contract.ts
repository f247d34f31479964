// Minimal stand-in until the representative's desk (issue 6, part A) owns contracts: every
// approved link gets the default contract. Same signature as the desk's version.
import type { DomainContext } from './context'
import { listNsaLinks } from './nsa-link'
import type { MailClass } from './price-table'

/** A link's negotiated prices: percent relative to commercial per class (negative = discount). */
export interface NsaContract {
  name: string
  discounts: Record<MailClass, number>
}

export const DEFAULT_NSA_CONTRACT: NsaContract = {
  name: 'Standard NSA',
  discounts: {
    PRIORITY_MAIL_EXPRESS: -8,
    PRIORITY_MAIL: -12,
    USPS_GROUND_ADVANTAGE: -18,
    PARCEL_SELECT: -15,
  },
}

/**
 * The NSA contract of the EPS number's approved link, or null when no link of that EPS number is
 * approved (pending, rejected, revoked or none).
 *
 * @example
 * const contract = await contractFor(ctx, '1234567890')
 */
export async function contractFor(
  ctx: Pick<DomainContext, 'store'>,
  epsNumber: string,
): Promise<NsaContract | null> {
  const links = await listNsaLinks(ctx)
  const approved = links.some((l) => l.epsNumber === epsNumber && l.status === 'approved')
  return approved ? DEFAULT_NSA_CONTRACT : null
}
