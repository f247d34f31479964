import { randomDigits, secretToken } from '@partner-sandbox/shared'
import * as z from 'zod'
import {
  CodeExpiredError,
  NoCodePendingError,
  TooManyAttemptsError,
  WrongCodeError,
} from '../errors'
import type { DomainContext } from './context'
import { type ResendCount, resendCountAfter } from './resend-limit'

const CODES = 'verification_codes'
const LINKS = 'verification_links'

/** How many digits a verification code has; the forms and messages say so. */
export const CODE_DIGITS = 6

/** Wrong guesses allowed per code; then only "Resend code" helps. */
export const MAX_CODE_ATTEMPTS = 5

export type VerificationChannel = 'email' | 'sms'

export interface PendingCode extends Partial<ResendCount> {
  accountId: string
  channel: VerificationChannel
  code: string
  /** Only email codes come with a link. */
  linkToken?: string
  sentAt: string
  expiresAt: string
  failedAttempts: number
}

const keyOf = (accountId: string, channel: VerificationChannel) => `${accountId}:${channel}`

/**
 * Issues a fresh `CODE_DIGITS`-digit code (and, for email, a link token), replacing any earlier one: after a
 * resend only the newest code and link work.
 */
export async function issueCode(
  ctx: DomainContext,
  accountId: string,
  channel: VerificationChannel,
  ttlSeconds: number,
): Promise<PendingCode> {
  const now = ctx.clock.now()
  const previous = await ctx.store.get<PendingCode>(CODES, keyOf(accountId, channel))
  const pending: PendingCode = {
    ...resendCountAfter(previous, now),
    accountId,
    channel,
    code: randomDigits(ctx.random, CODE_DIGITS),
    ...(channel === 'email' ? { linkToken: secretToken() } : {}),
    sentAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ttlSeconds * 1000).toISOString(),
    failedAttempts: 0,
  }
  await ctx.store.put(CODES, keyOf(accountId, channel), pending)
  if (pending.linkToken) await ctx.store.put(LINKS, pending.linkToken, { accountId })
  return pending
}

/**
 * Checks a typed code. A wrong code counts against the limit (that count is the point of the
 * limit); the last allowed wrong one locks the code until a resend. The code is consumed on success.
 */
export async function checkCode(
  ctx: DomainContext,
  accountId: string,
  channel: VerificationChannel,
  code: string,
): Promise<void> {
  let refusal: Refusal | undefined
  await ctx.store.update<PendingCode>(CODES, keyOf(accountId, channel), (pending) => {
    refusal = refusalOf(pending, code, ctx.clock.now())
    if (!refusal) return undefined
    if (pending && refusal.counts) return { ...pending, failedAttempts: pending.failedAttempts + 1 }
    return pending
  })
  if (refusal) throw refusal.error
}

interface Refusal {
  error: Error
  /** Whether this try uses up one of the allowed attempts. */
  counts: boolean
}

function refusalOf(pending: PendingCode | undefined, code: string, now: Date): Refusal | undefined {
  if (!pending) return { error: new NoCodePendingError(), counts: false }
  if (pending.failedAttempts >= MAX_CODE_ATTEMPTS) {
    return { error: new TooManyAttemptsError(), counts: false }
  }
  if (now.getTime() >= Date.parse(pending.expiresAt)) {
    return { error: new CodeExpiredError(), counts: false }
  }
  if (pending.code === code) return undefined
  const left = MAX_CODE_ATTEMPTS - pending.failedAttempts - 1
  return { error: left > 0 ? new WrongCodeError(left) : new TooManyAttemptsError(), counts: true }
}

/** The body field of both verification forms: a `CODE_DIGITS`-digit code. */
export function codeInput(from: string) {
  const message = `Enter the ${CODE_DIGITS}-digit code from the ${from}.`
  return z.object({
    code: z
      .string({ error: message })
      .trim()
      .regex(new RegExp(`^\\d{${CODE_DIGITS}}$`), message),
  })
}

/**
 * The account an email link belongs to, when it is the newest link and still valid. Consumes the
 * pending email code, like a correct code would.
 */
export async function consumeLink(
  ctx: DomainContext,
  token: string,
): Promise<{ accountId: string } | { refused: 'unknown' | 'expired' }> {
  const link = await ctx.store.get<{ accountId: string }>(LINKS, token)
  if (!link) return { refused: 'unknown' }
  const key = keyOf(link.accountId, 'email')
  const pending = await ctx.store.get<PendingCode>(CODES, key)
  if (!pending || pending.linkToken !== token) return { refused: 'unknown' }
  if (ctx.clock.now().getTime() >= Date.parse(pending.expiresAt)) return { refused: 'expired' }
  await ctx.store.delete(CODES, key)
  await ctx.store.delete(LINKS, token)
  return { accountId: link.accountId }
}
