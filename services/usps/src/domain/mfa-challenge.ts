import {
  randomDigits,
  secretToken,
  sendMessage,
  takeFaultFlag,
  ValidationError,
} from '@partner-sandbox/shared'
import * as z from 'zod'
import { MfaRestartError } from '../errors'
import type { UspsAccount } from './account'
import type { DomainContext } from './context'
import { countMfaChallenge, signInCompleted } from './sign-in-lockout'
import { isoAfter, isPast, MINUTE_MS } from './time'

export const MFA_CHALLENGES = 'mfa_challenges'
/** How long the emailed sign-in code stays valid, on the sandbox clock. */
export const MFA_TTL_MINUTES = 10
const MFA_TTL_MS = MFA_TTL_MINUTES * MINUTE_MS
export const MAX_MFA_ATTEMPTS = 5
export const MFA_CODE_DIGITS = 6
/** "Resend code" replaces the emailed code at most this many times in one challenge. */
export const MAX_MFA_RESENDS = 3

export const MfaCodeInput = z.object({
  code: z
    .string('Enter the verification code.')
    .trim()
    .regex(
      new RegExp(`^\\d{${MFA_CODE_DIGITS}}$`),
      `Enter the ${MFA_CODE_DIGITS}-digit verification code from the email.`,
    ),
})

/** An emailed one-time code waiting to be typed (MFA by email). */
export interface MfaChallenge {
  id: string
  accountId: string
  code: string
  expiresAt: string
  /** Wrong codes so far; a resent code keeps the count, so resending buys no extra guesses. */
  attempts: number
  /** Codes sent again by "Resend code" (absent in challenges stored before it existed). */
  resends?: number
}

/** A new code and its expiry, drawn from the injected random source and sandbox clock. */
export function freshMfaCode(ctx: DomainContext): Pick<MfaChallenge, 'code' | 'expiresAt'> {
  return {
    code: randomDigits(ctx.random, MFA_CODE_DIGITS, true),
    expiresAt: isoAfter(ctx.clock, MFA_TTL_MS),
  }
}

/** The sign-in code email; the outbox is where people and tests read it. */
export async function emailMfaCode(ctx: DomainContext, to: string, code: string): Promise<void> {
  await sendMessage(ctx.store, ctx.clock, {
    channel: 'email',
    to,
    subject: 'USPS.com: your verification code',
    text: `Your USPS.com verification code is ${code}. It expires in ${MFA_TTL_MINUTES} minutes.`,
    code,
  })
}

/** Second factor: emails a MFA_CODE_DIGITS-digit code valid for MFA_TTL_MINUTES. */
export async function startMfaChallenge(
  ctx: DomainContext,
  account: UspsAccount,
): Promise<MfaChallenge> {
  await countMfaChallenge(ctx, account.id)
  const challenge: MfaChallenge = {
    id: secretToken(),
    accountId: account.id,
    ...freshMfaCode(ctx),
    attempts: 0,
    resends: 0,
  }
  await ctx.store.put(MFA_CHALLENGES, challenge.id, challenge)
  await emailMfaCode(ctx, account.email, challenge.code)
  return challenge
}

/**
 * Checks the emailed code. Wrong codes count; the MAX_MFA_ATTEMPTS-th wrong one, or an expired
 * challenge, ends the challenge and the user signs in again (MfaRestartError).
 */
export async function verifyMfaCode(
  ctx: DomainContext,
  challengeId: string,
  code: string,
): Promise<string> {
  const challenge = await ctx.store.get<MfaChallenge>(MFA_CHALLENGES, challengeId)
  if (!challenge) throw new MfaRestartError('This sign-in has ended. Sign in again for a new code.')
  // Fault catalogue `usps.mfa-code-expired`: the code is treated as expired, even a right one.
  const expired =
    isPast(ctx.clock, challenge.expiresAt) ||
    (await takeFaultFlag(ctx.store, 'usps.mfa-code-expired'))
  if (expired) {
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
  await signInCompleted(ctx, challenge.accountId)
  return challenge.accountId
}
