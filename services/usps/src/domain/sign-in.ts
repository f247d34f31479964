import {
  randomDigits,
  secretToken,
  sendMessage,
  ValidationError,
  verifyPassword,
} from '@partner-sandbox/shared'
import { z } from 'zod'
import { MfaRestartError } from '../errors'
import { findAccountByLogin, type UspsAccount } from './account'
import type { DomainContext } from './context'
import { isoAfter, isPast, MINUTE_MS } from './time'

const MFA_CHALLENGES = 'mfa_challenges'
const MFA_TTL_MS = 10 * MINUTE_MS
export const MAX_MFA_ATTEMPTS = 5

export const SignInInput = z.object({
  username: z
    .string('Enter your username or email.')
    .trim()
    .min(1, 'Enter your username or email.'),
  password: z.string('Enter your password.').min(1, 'Enter your password.'),
})

export const MfaCodeInput = z.object({
  code: z
    .string('Enter the verification code.')
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit verification code from the email.'),
})

/** An emailed one-time code waiting to be typed (MFA by email). */
export interface MfaChallenge {
  id: string
  accountId: string
  code: string
  expiresAt: string
  attempts: number
}

/** First factor: username (or email) and password. The same message for both failures. */
export async function checkPassword(
  ctx: DomainContext,
  input: z.output<typeof SignInInput>,
): Promise<UspsAccount> {
  const account = await findAccountByLogin(ctx.store, input.username)
  if (!account || !(await verifyPassword(input.password, account.passwordHash))) {
    throw ValidationError.forField(
      'password',
      'The username or password is incorrect. Check both and try again.',
    )
  }
  return account
}

/** Second factor: emails a 6-digit code valid for 10 minutes. */
export async function startMfaChallenge(
  ctx: DomainContext,
  account: UspsAccount,
): Promise<MfaChallenge> {
  const challenge: MfaChallenge = {
    id: secretToken(),
    accountId: account.id,
    code: randomDigits(ctx.random, 6, true),
    expiresAt: isoAfter(ctx.clock, MFA_TTL_MS),
    attempts: 0,
  }
  await ctx.store.put(MFA_CHALLENGES, challenge.id, challenge)
  await sendMessage(ctx.store, ctx.clock, {
    channel: 'email',
    to: account.email,
    subject: 'USPS.com: your verification code',
    text: `Your USPS.com verification code is ${challenge.code}. It expires in 10 minutes.`,
    code: challenge.code,
  })
  return challenge
}

/**
 * Checks the emailed code. Wrong codes count; the fifth wrong one, or an expired challenge, ends
 * the challenge and the user signs in again (MfaRestartError).
 */
export async function verifyMfaCode(
  ctx: DomainContext,
  challengeId: string,
  code: string,
): Promise<string> {
  const challenge = await ctx.store.get<MfaChallenge>(MFA_CHALLENGES, challengeId)
  if (!challenge) throw new MfaRestartError('This sign-in has ended. Sign in again for a new code.')
  if (isPast(ctx.clock, challenge.expiresAt)) {
    await ctx.store.delete(MFA_CHALLENGES, challengeId)
    throw new MfaRestartError('The verification code has expired. Sign in again for a new code.')
  }
  if (challenge.code !== code) {
    const attempts = challenge.attempts + 1
    if (attempts >= MAX_MFA_ATTEMPTS) {
      await ctx.store.delete(MFA_CHALLENGES, challengeId)
      throw new MfaRestartError('Too many incorrect codes. Sign in again for a new code.')
    }
    await ctx.store.update<MfaChallenge>(MFA_CHALLENGES, challengeId, (c) =>
      c ? { ...c, attempts } : c,
    )
    const left = MAX_MFA_ATTEMPTS - attempts
    throw ValidationError.forField(
      'code',
      `That code is not correct. ${left} ${left === 1 ? 'try' : 'tries'} left.`,
    )
  }
  // Deleting is the single-use check: of two racing correct submissions only one deletes it.
  if (!(await ctx.store.delete(MFA_CHALLENGES, challengeId))) {
    throw new MfaRestartError('This sign-in has ended. Sign in again for a new code.')
  }
  return challenge.accountId
}
