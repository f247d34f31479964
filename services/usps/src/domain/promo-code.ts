import { ConflictError, enqueueEvent, randomDigits } from '@partner-sandbox/shared'
import * as z from 'zod'
import { signPromoCodeIssued } from '../clients/shipstation-events'
import type { NsaLinkPartners } from './announce-nsa-link'
import type { DomainContext } from './context'
import { isoAfter } from './time'

const PROMO_CODES = 'promo_codes'
const DAY_MS = 24 * 3_600_000

/** A promo code a USPS representative gives a customer (guide: "a unique promo code"). */
export interface PromoCode {
  code: string
  offer: { name: string; description: string }
  issuedTo?: string
  issuedAt: string
  expiresAt: string
}

/** The desk's "Mint a promo code" form and `POST /__sandbox/rep/promo-codes`. */
export const MintPromoCodeInput = z.object({
  issuedTo: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email('Enter the customer email address, e.g. ann@example.com, or leave it empty.'))
    .optional()
    .or(z.literal('').transform(() => undefined)),
  validDays: z.coerce
    .number('Enter how many days the code stays valid, e.g. 30.')
    .int('Enter a whole number of days.')
    .min(1, 'A code stays valid at least 1 day.')
    .max(365, 'A code stays valid at most 365 days.'),
  offerName: z.string().trim().min(1).max(80).default('USPS NSA rates'),
  offerDescription: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .default('Negotiated Service Agreement rates through ShipStation'),
})

/**
 * Mints a single-use code `USPS-NSA-<8 digits>` valid `validDays` on the sandbox clock, and
 * queues the signed `promo_code.issued` event for ShipStation, which then accepts it at
 * registration.
 *
 * @example
 * const { promo } = await mintPromoCode(ctx, partners, { issuedTo: 'ann@example.com', validDays: 30 })
 */
export async function mintPromoCode(
  ctx: DomainContext,
  partners: NsaLinkPartners,
  input: z.output<typeof MintPromoCodeInput>,
): Promise<{ promo: PromoCode; queued: boolean }> {
  const promo: PromoCode = {
    code: `USPS-NSA-${randomDigits(ctx.random, 8)}`,
    offer: { name: input.offerName, description: input.offerDescription },
    ...(input.issuedTo ? { issuedTo: input.issuedTo } : {}),
    issuedAt: ctx.clock.now().toISOString(),
    expiresAt: isoAfter(ctx.clock, input.validDays * DAY_MS),
  }
  if (!(await ctx.store.insert(PROMO_CODES, promo.code, promo))) {
    throw new ConflictError(`The promo code ${promo.code} exists already; mint again.`)
  }
  const token = await signPromoCodeIssued(
    await partners.keys(),
    {
      issuer: ctx.baseUrl,
      audience: partners.peers.shipstation.baseUrl,
      tenant: ctx.tenant,
      clock: ctx.clock,
    },
    promo,
  )
  await enqueueEvent(ctx.store, ctx.clock, { peer: 'shipstation', path: '/partner/events', token })
  return { promo, queued: true }
}

/** The codes minted in this tenant, newest first. */
export async function listPromoCodes(ctx: Pick<DomainContext, 'store'>): Promise<PromoCode[]> {
  return (await ctx.store.list<PromoCode>(PROMO_CODES)).reverse()
}
