import {
  randomDigits,
  secretToken,
  sendMessage,
  urlOf,
  ValidationError,
} from '@partner-sandbox/shared'
import * as z from 'zod'
import { RegistrationExpiredError, ValidationLinkUsedError } from '../errors'
import { isEmailTaken } from './account'
import type { DomainContext } from './context'
import {
  getRegistration,
  REGISTRATIONS,
  type Registration,
  updateRegistration,
} from './registration'
import { isoAfter, isPast, MINUTE_MS } from './time'

const REGISTRATION_TOKENS = 'registration_tokens'
/** How long the emailed link and code stay valid, on the sandbox clock. */
export const VALIDATION_TTL_MINUTES = 10
const VALIDATION_TTL_MS = VALIDATION_TTL_MINUTES * MINUTE_MS
const MAX_CODE_ATTEMPTS = 5

/** The emailed link's token; `usedAt` once clicked (links are single use). */
interface ValidationToken {
  registrationId: string
  usedAt?: string
}
export const VALIDATION_CODE_DIGITS = 6

export const StartRegistrationInput = z.object({
  email: z
    .string('Enter your email address.')
    .trim()
    .toLowerCase()
    .pipe(z.email('Enter a valid email address, e.g. name@example.com.')),
})

export const RegistrationCodeInput = z.object({
  code: z
    .string('Enter the validation code from the email.')
    .trim()
    .regex(
      new RegExp(`^\\d{${VALIDATION_CODE_DIGITS}}$`),
      `Enter the ${VALIDATION_CODE_DIGITS}-digit validation code from the email.`,
    ),
})

/**
 * "Send Validation Email": records the registration and emails a link (valid for VALIDATION_TTL_MINUTES on the
 * sandbox clock) and a code. A known email is refused so one person never gets two accounts.
 */
export async function startRegistration(
  ctx: DomainContext,
  input: z.output<typeof StartRegistrationInput>,
): Promise<Registration> {
  if (await isEmailTaken(ctx, input.email)) {
    throw ValidationError.forField(
      'email',
      `An account already uses ${input.email}. Sign in instead, or use another email address.`,
    )
  }
  const token = secretToken()
  const registration: Registration = {
    id: `reg_${secretToken(9)}`,
    email: input.email,
    createdAt: ctx.clock.now().toISOString(),
    validation: {
      code: randomDigits(ctx.random, VALIDATION_CODE_DIGITS, true),
      expiresAt: isoAfter(ctx.clock, VALIDATION_TTL_MS),
      attempts: 0,
    },
  }
  await ctx.store.put(REGISTRATIONS, registration.id, registration)
  await ctx.store.put(REGISTRATION_TOKENS, token, { registrationId: registration.id })
  const link = urlOf(ctx.baseUrl, `/register/validate?token=${token}`)
  await sendMessage(ctx.store, ctx.clock, {
    channel: 'email',
    to: registration.email,
    subject: 'USPS.com: validate your email address',
    text:
      `Click here to complete your e-mail validation: ${link}\n` +
      `Or enter this validation code: ${registration.validation.code}\n` +
      `The link and code expire within ${VALIDATION_TTL_MINUTES} minutes.`,
    code: registration.validation.code,
    link,
  })
  return registration
}

/**
 * The emailed link: single use, and valid until VALIDATION_TTL_MINUTES after it was sent. The
 * token is marked used in one atomic update before anything else, so two clicks racing cannot
 * both pass; a used or expired link is refused and the caller keeps the browser's session.
 */
export async function validateRegistrationLink(
  ctx: DomainContext,
  token: string,
): Promise<Registration> {
  const ref = await ctx.store.get<ValidationToken>(REGISTRATION_TOKENS, token)
  const registration = ref ? await getRegistration(ctx, ref.registrationId) : undefined
  if (!registration) {
    throw new ValidationError(
      'This validation link is not valid. Use the newest link we emailed, or start again.',
      [],
    )
  }
  if (isPast(ctx.clock, registration.validation.expiresAt)) {
    throw new RegistrationExpiredError(
      `This validation link has expired (links are valid for ${VALIDATION_TTL_MINUTES} minutes). Create New Account again to get a new one.`,
    )
  }
  const used = `This validation link was already used: each link works once. Continue in the browser where you validated your email, or sign in if you finished the setup.`
  if (ref?.usedAt || registration.emailValidatedAt) throw new ValidationLinkUsedError(used)
  let claimed = false
  const now = ctx.clock.now().toISOString()
  await ctx.store.update<ValidationToken>(REGISTRATION_TOKENS, token, (t) => {
    if (!t || t.usedAt) return t
    claimed = true
    return { ...t, usedAt: now }
  })
  if (!claimed) throw new ValidationLinkUsedError(used)
  return markValidated(ctx, registration.id)
}

/** The emailed code, typed on the "Check your email" page; MAX_CODE_ATTEMPTS wrong tries end the registration. */
export async function validateRegistrationCode(
  ctx: DomainContext,
  registrationId: string,
  code: string,
): Promise<Registration> {
  const registration = await getRegistration(ctx, registrationId)
  if (!registration) throw new RegistrationExpiredError('Create New Account again to continue.')
  if (registration.emailValidatedAt) return registration
  if (isPast(ctx.clock, registration.validation.expiresAt)) {
    throw new RegistrationExpiredError(
      `This validation code has expired (codes are valid for ${VALIDATION_TTL_MINUTES} minutes). Create New Account again to get a new one.`,
    )
  }
  if (registration.validation.attempts >= MAX_CODE_ATTEMPTS) {
    throw new RegistrationExpiredError(
      'Too many incorrect codes. Create New Account again to get a new code.',
    )
  }
  if (registration.validation.code !== code) {
    await ctx.store.update<Registration>(REGISTRATIONS, registration.id, (r) =>
      r ? { ...r, validation: { ...r.validation, attempts: r.validation.attempts + 1 } } : r,
    )
    throw ValidationError.forField('code', 'That code is not correct. Check the email and retry.')
  }
  return markValidated(ctx, registration.id)
}

function markValidated(ctx: DomainContext, id: string): Promise<Registration> {
  const now = ctx.clock.now().toISOString()
  return updateRegistration(ctx, id, (r) => ({ ...r, emailValidatedAt: r.emailValidatedAt ?? now }))
}
