import { hashPassword, NewPassword, randomDigits } from '@partner-sandbox/shared'
import * as z from 'zod'
import { EmailTakenError } from '../errors'
import {
  type Account,
  claimEmail,
  findAccount,
  findAccountByEmail,
  insertAccount,
  releaseEmail,
} from './accounts'
import type { DomainContext } from './context'
import { sendEmailVerification } from './email-verification'
import { acceptPromoCode, claimPromoCode, PromoCodeText } from './promo-codes'
import { UsPhone } from './us-phone'

const MAX_NAME_LENGTH = 100

const name = (label: string) =>
  z
    .string({ error: `Enter your ${label}.` })
    .trim()
    .min(1, `Enter your ${label}.`)
    .max(MAX_NAME_LENGTH, `Use at most ${MAX_NAME_LENGTH} characters for your ${label}.`)

export const EmailAddress = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .pipe(z.email('Enter a valid email address, e.g. name@example.com.').max(254))

/** The "Create your ShipStation account" form and `POST /api/v1/accounts`. */
export const RegistrationInput = z.object({
  firstName: name('first name'),
  lastName: name('last name'),
  company: name('company name'),
  email: EmailAddress,
  phone: UsPhone,
  password: z.string({ error: 'Enter a password.' }).pipe(NewPassword),
  // Optional: without one the account is an ordinary ShipStation account (no NSA prompts).
  promoCode: z
    .union([z.literal(''), PromoCodeText])
    .optional()
    .transform((code) => (code ? code : undefined)),
})
export type RegistrationInput = z.infer<typeof RegistrationInput>

/**
 * Creates a ShipStation account (with a USPS promo code, or an ordinary one without), then emails
 * the verification code and link. Every rule is checked before anything is written, and a
 * single-use code is claimed atomically, so a refused registration leaves no trace.
 *
 * @example
 * const account = await registerAccount(ctx, RegistrationInput.parse(form))
 */
export async function registerAccount(
  ctx: DomainContext,
  input: RegistrationInput,
): Promise<Account> {
  const promo = input.promoCode ? await acceptPromoCode(ctx, input.promoCode) : undefined
  if (await findAccountByEmail(ctx.store, input.email)) throw new EmailTakenError(input.email)
  const passwordHash = await hashPassword(input.password, ctx.passwordCost)
  const account: Account = {
    id: await unusedAccountId(ctx),
    firstName: input.firstName,
    lastName: input.lastName,
    company: input.company,
    email: input.email,
    phone: input.phone,
    passwordHash,
    ...(promo ? { promoCode: promo.code } : {}),
    ...(promo?.offer ? { nsaOffer: promo.offer } : {}),
    createdAt: ctx.clock.now().toISOString(),
    paymentMethods: [],
    copStatus: 'not_started',
  }
  // The index insert is the atomic check: two registrations racing for one email, one wins.
  if (!(await claimEmail(ctx.store, account.email, account.id))) {
    throw new EmailTakenError(input.email)
  }
  if (promo) {
    try {
      await claimPromoCode(ctx, promo, account.id)
    } catch (error) {
      await releaseEmail(ctx.store, account.email, account.id)
      throw error
    }
  }
  await insertAccount(ctx.store, account)
  await sendEmailVerification(ctx, account)
  return account
}

async function unusedAccountId(ctx: DomainContext): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const id = `SS${randomDigits(ctx.random, 9)}`
    if (!(await findAccount(ctx.store, id))) return id
  }
  throw new TypeError('The random source keeps producing taken account ids; is it constant?')
}
