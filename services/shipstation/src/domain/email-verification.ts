import { sendMessage, urlOf, withTenant } from '@partner-sandbox/shared'
import * as z from 'zod'
import { InvalidVerificationLinkError, StepOutOfOrderError } from '../errors'
import { durationText } from '../lib/duration-text'
import { type Account, getAccount, updateAccount } from './accounts'
import type { DomainContext } from './context'
import { sendPhoneVerification } from './phone-verification'
import { checkCode, codeInput, consumeLink, issueCode } from './verification-codes'

/** The emailed code and link stay valid for a day on the sandbox clock. */
export const EMAIL_CODE_TTL_SECONDS = 24 * 3600

/** Body of "Verify Email" and `POST /api/v1/account/email-verification`. */
export const EmailCodeInput = codeInput('email')

/** Query of the link in the email. */
export const EmailLinkQuery = z.object({
  token: z
    .string({ error: 'The verification link is incomplete. Open it again from the email.' })
    .min(1, 'The verification link is incomplete. Open it again from the email.'),
})

/**
 * Emails a new code and confirmation link, replacing earlier ones.
 *
 * @example
 * await sendEmailVerification(ctx, account)
 */
export async function sendEmailVerification(ctx: DomainContext, account: Account): Promise<void> {
  if (account.emailVerifiedAt) throw new StepOutOfOrderError('Your email is already verified.')
  const pending = await issueCode(ctx, account.id, 'email', EMAIL_CODE_TTL_SECONDS)
  const link = withTenant(
    urlOf(
      ctx.baseUrl,
      `/verify/email/confirm?token=${encodeURIComponent(pending.linkToken ?? '')}`,
    ),
    ctx.store.tenant,
  )
  await sendMessage(ctx.store, ctx.clock, {
    channel: 'email',
    to: account.email,
    subject: 'Verify your email for ShipStation',
    text: `Hi ${account.firstName}, your ShipStation email verification code is ${pending.code}. You can also confirm your email with this link: ${link}\nThe code and link are valid for ${durationText(EMAIL_CODE_TTL_SECONDS)}.`,
    code: pending.code,
    link,
  })
}

/** "Resend code" on the email step; issueCode applies the resend limit (resend-limit.ts). */
export async function resendEmailCode(ctx: DomainContext, accountId: string): Promise<void> {
  const account = await getAccount(ctx.store, accountId)
  if (account.emailVerifiedAt) throw new StepOutOfOrderError('Your email is already verified.')
  await sendEmailVerification(ctx, account)
}

/**
 * Checks the emailed code; on success marks the email verified and sends the SMS code.
 *
 * @example
 * const account = await verifyEmailCode(ctx, accountId, '123456')
 */
export async function verifyEmailCode(
  ctx: DomainContext,
  accountId: string,
  code: string,
): Promise<Account> {
  const account = await getAccount(ctx.store, accountId)
  if (account.emailVerifiedAt) throw new StepOutOfOrderError('Your email is already verified.')
  await checkCode(ctx, accountId, 'email', code)
  return markEmailVerified(ctx, accountId)
}

/** The link in the email: works without a session, like a real email link. */
export async function verifyEmailLink(ctx: DomainContext, token: string): Promise<Account> {
  const outcome = await consumeLink(ctx, token)
  if ('refused' in outcome) throw new InvalidVerificationLinkError(outcome.refused)
  return markEmailVerified(ctx, outcome.accountId)
}

async function markEmailVerified(ctx: DomainContext, accountId: string): Promise<Account> {
  const account = await updateAccount(ctx.store, accountId, (a) => ({
    ...a,
    emailVerifiedAt: a.emailVerifiedAt ?? ctx.clock.now().toISOString(),
  }))
  await sendPhoneVerification(ctx, account)
  return account
}
