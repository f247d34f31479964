// Minimal stand-in until the representative's desk (issue 6, part A) owns contracts: every
// approved link gets the default contract. Same exports and signature as the desk's version.
import type { DomainContext } from './context'
import { listNsaLinks } from './nsa-link'

/** The mail classes an NSA contract prices (docs/contracts/rates-labels-and-events.md). */
export const MAIL_CLASSES = [
  'PRIORITY_MAIL_EXPRESS',
  'PRIORITY_MAIL',
  'USPS_GROUND_ADVANTAGE',
  'PARCEL_SELECT',
] as const
export type MailClass = (typeof MAIL_CLASSES)[number]

/**
 * A customer's NSA price table: per mail class, the discount in percent off the commercial price
 * (12 means the contract price is the commercial price less 12 %).
 */
export interface NsaContract {
  name: string
  discounts: Record<MailClass, number>
}

const DEFAULT_CONTRACT: NsaContract = {
  name: 'NSA Commercial Plus',
  discounts: {
    PRIORITY_MAIL_EXPRESS: 8,
    PRIORITY_MAIL: 12,
    USPS_GROUND_ADVANTAGE: 18,
    PARCEL_SELECT: 15,
  },
}

/**
 * The NSA contract that prices `epsNumber`, or null unless an NSA link with that EPS number is
 * approved. Whose EPS number it is, the prices and labels APIs check themselves.
 *
 * @example
 * const contract = await contractFor(ctx, '1234567890') // {name, discounts: {PRIORITY_MAIL: 12, ...}} | null
 */
export async function contractFor(
  ctx: Pick<DomainContext, 'store'>,
  epsNumber: string,
): Promise<NsaContract | null> {
  const links = await listNsaLinks(ctx)
  if (!links.some((l) => l.epsNumber === epsNumber && l.status === 'approved')) return null
  return DEFAULT_CONTRACT
}
