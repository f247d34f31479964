import * as z from 'zod'
import { InvalidPromoCodeError, PromoCodeExpiredError, PromoCodeUsedError } from '../errors'
import type { DomainContext } from './context'

const PROMO_CODES = 'promo_codes'

/**
 * The code every tenant accepts, so a fresh sandbox (and a class of trainees, and the scenario
 * files) can be walked without setup: reusable and never expiring, unlike the codes USPS mints.
 */
export const BUILT_IN_PROMO_CODE = 'USPS-NSA-DEMO'

const MAX_PROMO_CODE_LENGTH = 64

/** The offer a promo code carries, shown on the dashboard of the account it created. */
export const NsaOffer = z.object({
  name: z.string().trim().min(1, 'offer.name is required').max(100),
  description: z.string().trim().max(500).default(''),
})
export type NsaOffer = z.infer<typeof NsaOffer>

export interface PromoCode {
  code: string
  /** ISO time on the sandbox clock; null: never expires. */
  expiresAt: string | null
  offer: NsaOffer | null
  /** Single-use codes create one account; the built-in demo code is the reusable exception. */
  singleUse: boolean
  /** The customer the representative minted it for, when USPS said so. */
  issuedTo: string | null
  source: 'built_in' | 'control_api' | 'usps'
  createdAt: string | null
  usedBy: string | null
  usedAt: string | null
}

const BUILT_IN: PromoCode = {
  code: BUILT_IN_PROMO_CODE,
  expiresAt: null,
  offer: {
    name: 'USPS NSA demo',
    description: 'The sandbox demo offer: any tenant, any number of accounts, never expires.',
  },
  singleUse: false,
  issuedTo: null,
  source: 'built_in',
  createdAt: null,
  usedBy: null,
  usedAt: null,
}

export const PromoCodeText = z
  .string({ error: 'Enter the promo code your USPS representative gave you.' })
  .trim()
  .min(1, 'Enter the promo code your USPS representative gave you.')
  .max(MAX_PROMO_CODE_LENGTH, `A promo code has at most ${MAX_PROMO_CODE_LENGTH} characters.`)

/** Body of `POST /__sandbox/promo-codes`: `code`, plus the additive `expiresAt`, `offer`, `singleUse`. */
export const NewPromoCode = z.object({
  code: PromoCodeText.regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
    'Use letters, digits, "-" or "_" for a promo code, e.g. "ACME-NSA-2026".',
  ),
  expiresAt: z.iso
    .datetime({ offset: true, error: 'expiresAt must be an ISO time, e.g. 2026-12-31T23:59:59Z.' })
    .nullable()
    .optional(),
  offer: NsaOffer.nullable().optional(),
  singleUse: z.boolean({ error: 'singleUse must be true or false.' }).default(true),
  issuedTo: z.email({ error: 'issuedTo must be an email address.' }).nullable().optional(),
})
export type NewPromoCode = z.input<typeof NewPromoCode>

// Codes are compared case-insensitively, so they are stored and compared upper-cased.
const normalise = (code: string) => code.trim().toUpperCase()

/**
 * Adds a promo code for the tenant (control API, or USPS's `promo_code.issued`). Adding an existing
 * code changes nothing and answers the code as it is.
 *
 * @example
 * await addPromoCode(ctx, { code: 'ACME-NSA-2026', expiresAt: '2026-12-31T00:00:00Z' }, 'control_api')
 */
export async function addPromoCode(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  input: NewPromoCode,
  source: PromoCode['source'],
): Promise<PromoCode> {
  const parsed = NewPromoCode.parse(input)
  const code = normalise(parsed.code)
  if (code === BUILT_IN_PROMO_CODE) return BUILT_IN
  const record: PromoCode = {
    code,
    expiresAt: parsed.expiresAt ? new Date(parsed.expiresAt).toISOString() : null,
    offer: parsed.offer ?? null,
    singleUse: parsed.singleUse,
    issuedTo: parsed.issuedTo ?? null,
    source,
    createdAt: ctx.clock.now().toISOString(),
    usedBy: null,
    usedAt: null,
  }
  if (await ctx.store.insert(PROMO_CODES, code, record)) return record
  return (await ctx.store.get<PromoCode>(PROMO_CODES, code)) ?? record
}

/** Tenant codes plus the built-in one. */
export async function listPromoCodes(ctx: Pick<DomainContext, 'store'>): Promise<PromoCode[]> {
  return [BUILT_IN, ...(await ctx.store.list<PromoCode>(PROMO_CODES))]
}

/**
 * The code, when it can create an account now: unknown (InvalidPromoCodeError), expired
 * (PromoCodeExpiredError) and already used (PromoCodeUsedError) codes are each refused with
 * their own message. Checking does not use the code up: `claimPromoCode` does.
 *
 * @example
 * (await acceptPromoCode(ctx, 'usps-nsa-demo')).code // 'USPS-NSA-DEMO'
 */
export async function acceptPromoCode(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  typed: string,
): Promise<PromoCode> {
  const code = normalise(typed)
  if (code === BUILT_IN_PROMO_CODE) return BUILT_IN
  const record = await ctx.store.get<PromoCode>(PROMO_CODES, code)
  const refusal = record
    ? refusalOf(record, ctx.clock.now())
    : new InvalidPromoCodeError(typed.trim())
  if (refusal) throw refusal
  return record as PromoCode
}

/**
 * Uses a single-use code up for `accountId`, atomically: of two registrations racing for one
 * code, one wins and the other gets PromoCodeUsedError. Reusable codes are left as they are.
 */
export async function claimPromoCode(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  code: PromoCode,
  accountId: string,
): Promise<void> {
  if (!code.singleUse) return
  const now = ctx.clock.now()
  await ctx.store.update<PromoCode>(PROMO_CODES, code.code, (current) => {
    if (!current) throw new InvalidPromoCodeError(code.code)
    const refusal = refusalOf(current, now)
    if (refusal) throw refusal
    return { ...current, usedBy: accountId, usedAt: now.toISOString() }
  })
}

/** Gives a claimed code back when the registration that claimed it could not finish. */
export async function releasePromoCode(
  ctx: Pick<DomainContext, 'store'>,
  code: PromoCode,
  accountId: string,
): Promise<void> {
  if (!code.singleUse) return
  await ctx.store.update<PromoCode>(PROMO_CODES, code.code, (current) =>
    current && current.usedBy === accountId ? { ...current, usedBy: null, usedAt: null } : current,
  )
}

function refusalOf(record: PromoCode, now: Date): Error | undefined {
  if (record.expiresAt && Date.parse(record.expiresAt) <= now.getTime()) {
    return new PromoCodeExpiredError(record.code, record.expiresAt)
  }
  if (record.singleUse && record.usedBy) return new PromoCodeUsedError(record.code)
  return undefined
}
