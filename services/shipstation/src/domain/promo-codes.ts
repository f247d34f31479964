import { z } from 'zod'
import { InvalidPromoCodeError } from '../errors'
import type { DomainContext } from './context'

const PROMO_CODES = 'promo_codes'

/** The code every tenant accepts, so a fresh sandbox can be walked without setup. */
export const BUILT_IN_PROMO_CODE = 'USPS-NSA-DEMO'

const MAX_PROMO_CODE_LENGTH = 64

export const PromoCodeText = z
  .string({ error: 'Enter the promo code your USPS representative gave you.' })
  .trim()
  .min(1, 'Enter the promo code your USPS representative gave you.')
  .max(MAX_PROMO_CODE_LENGTH, `A promo code has at most ${MAX_PROMO_CODE_LENGTH} characters.`)

/** Body of `POST /__sandbox/promo-codes`. */
export const NewPromoCode = z.object({
  code: PromoCodeText.regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
    'Use letters, digits, "-" or "_" for a promo code, e.g. "ACME-NSA-2026".',
  ),
})

// Promo codes need only the tenant's store; a full DomainContext fits too.
type StoreContext = Pick<DomainContext, 'store'>

// Codes are compared case-insensitively, so they are stored and compared upper-cased.
const normalise = (code: string) => code.trim().toUpperCase()

/**
 * Adds a promo code for the tenant. Adding an existing code is harmless.
 *
 * @example
 * await addPromoCode(ctx, 'ACME-NSA-2026')
 */
export async function addPromoCode(ctx: StoreContext, code: string): Promise<string> {
  const normalised = normalise(code)
  await ctx.store.insert(PROMO_CODES, normalised, { code: normalised })
  return normalised
}

/** Tenant codes plus the built-in one. */
export async function listPromoCodes(ctx: StoreContext): Promise<string[]> {
  const added = await ctx.store.list<{ code: string }>(PROMO_CODES)
  return [BUILT_IN_PROMO_CODE, ...added.map((p) => p.code)]
}

/**
 * The code in its canonical (upper-case) form, or InvalidPromoCodeError naming what was typed.
 *
 * @example
 * await acceptPromoCode(ctx, 'usps-nsa-demo') // 'USPS-NSA-DEMO'
 */
export async function acceptPromoCode(ctx: StoreContext, code: string): Promise<string> {
  const normalised = normalise(code)
  if (normalised === BUILT_IN_PROMO_CODE) return normalised
  if (await ctx.store.get(PROMO_CODES, normalised)) return normalised
  throw new InvalidPromoCodeError(code.trim())
}
