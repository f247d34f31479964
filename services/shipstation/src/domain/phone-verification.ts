import { sendMessage } from '@partner-sandbox/shared'
import { StepOutOfOrderError } from '../errors'
import { durationText } from '../lib/duration-text'
import { type Account, getAccount, updateAccount } from './accounts'
import type { DomainContext } from './context'
import { setupFactsOf, setupStepOpen } from './setup-steps'
import { checkCode, codeInput, issueCode } from './verification-codes'

/** SMS codes are short-lived, as on the real service. */
export const SMS_CODE_TTL_SECONDS = 10 * 60

/** Body of "Verify Phone" and `POST /api/v1/account/phone-verification`. */
export const SmsCodeInput = codeInput('text message')

/**
 * Texts a new code to the phone given at registration, replacing earlier ones.
 *
 * @example
 * await sendPhoneVerification(ctx, account)
 */
export async function sendPhoneVerification(ctx: DomainContext, account: Account): Promise<void> {
  assertPhoneStepOpen(account)
  const pending = await issueCode(ctx, account.id, 'sms', SMS_CODE_TTL_SECONDS)
  await sendMessage(ctx.store, ctx.clock, {
    channel: 'sms',
    to: account.phone,
    subject: 'ShipStation verification code',
    text: `Your ShipStation verification code is ${pending.code}. It expires in ${durationText(SMS_CODE_TTL_SECONDS)}.`,
    code: pending.code,
  })
}

/** "Resend code" on the phone step; issueCode applies the resend limit (resend-limit.ts). */
export async function resendPhoneCode(ctx: DomainContext, accountId: string): Promise<void> {
  const account = await getAccount(ctx.store, accountId)
  assertPhoneStepOpen(account)
  await sendPhoneVerification(ctx, account)
}

/**
 * Checks the texted code; on success marks the phone verified.
 *
 * @example
 * const account = await verifyPhoneCode(ctx, accountId, '123456')
 */
export async function verifyPhoneCode(
  ctx: DomainContext,
  accountId: string,
  code: string,
): Promise<Account> {
  assertPhoneStepOpen(await getAccount(ctx.store, accountId))
  await checkCode(ctx, accountId, 'sms', code)
  return updateAccount(ctx.store, accountId, (a) => ({
    ...a,
    phoneVerifiedAt: a.phoneVerifiedAt ?? ctx.clock.now().toISOString(),
  }))
}

function assertPhoneStepOpen(account: Account): void {
  if (!setupStepOpen(setupFactsOf(account), 'phone')) {
    throw new StepOutOfOrderError('Verify your email first; the SMS code is sent after that.')
  }
  if (account.phoneVerifiedAt) throw new StepOutOfOrderError('Your phone is already verified.')
}
