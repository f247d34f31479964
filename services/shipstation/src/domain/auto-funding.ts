import * as z from 'zod'
import { NoPaymentMethodError } from '../errors'
import { getAccount } from './accounts'
import {
  type BalanceTransaction,
  balanceLedger,
  creditBalance,
  formatCents,
} from './balance-ledger'
import type { DomainContext } from './context'
import { dollarAmount } from './dollar-amount'

const AUTO_FUNDING = 'auto_funding'
/** The ledger reason of auto-fund top-ups (BalanceReason is open to service-specific reasons). */
export const AUTO_FUNDING_REASON = 'auto_funding'

/** Limits of auto-fund, in cents (ShipStation: "amount between $10 and $500"). */
export const AUTO_FUND_AMOUNT_MIN_CENTS = 1_000
export const AUTO_FUND_AMOUNT_MAX_CENTS = 50_000
export const AUTO_FUND_THRESHOLD_MAX_CENTS = 100_000
export const AUTO_FUND_DAILY_MAX_LIMIT_CENTS = 250_000

export interface AutoFundSettings {
  accountId: string
  enabled: boolean
  /** Top up when the Balance falls below this. */
  thresholdCents: number
  /** What one top-up adds. */
  amountCents: number
  /** At most this much auto-funding per day (UTC, on the sandbox clock). */
  dailyMaxCents: number
  updatedAt: string
}

const checkbox = z
  .union([z.literal('on'), z.boolean()])
  .optional()
  .transform((v) => v === true || v === 'on')

/** The "Auto-fund" form and `PUT /api/v1/balance/auto-funding`. */
export const AutoFundInput = z
  .object({
    enabled: checkbox,
    threshold: dollarAmount('threshold', 0, AUTO_FUND_THRESHOLD_MAX_CENTS),
    amount: dollarAmount(
      'auto-fund amount',
      AUTO_FUND_AMOUNT_MIN_CENTS,
      AUTO_FUND_AMOUNT_MAX_CENTS,
    ),
    dailyMaximum: dollarAmount(
      'daily maximum',
      AUTO_FUND_AMOUNT_MIN_CENTS,
      AUTO_FUND_DAILY_MAX_LIMIT_CENTS,
    ),
  })
  .refine((input) => input.dailyMaximum >= input.amount, {
    path: ['dailyMaximum'],
    message: 'The daily maximum must be at least the auto-fund amount, or no top-up could run.',
  })
export type AutoFundInput = z.infer<typeof AutoFundInput>

/** The account's auto-fund settings; off until saved. */
export async function autoFundSettings(
  ctx: Pick<DomainContext, 'store'>,
  accountId: string,
): Promise<AutoFundSettings | undefined> {
  return ctx.store.get<AutoFundSettings>(AUTO_FUNDING, accountId)
}

/**
 * Saves auto-fund: needs a payment method to charge. Takes effect at the next Balance movement.
 *
 * @example
 * await saveAutoFunding(ctx, accountId, AutoFundInput.parse(form))
 */
export async function saveAutoFunding(
  ctx: DomainContext,
  accountId: string,
  input: AutoFundInput,
): Promise<AutoFundSettings> {
  const account = await getAccount(ctx.store, accountId)
  if (account.paymentMethods.length === 0) throw new NoPaymentMethodError()
  const settings: AutoFundSettings = {
    accountId,
    enabled: input.enabled,
    thresholdCents: input.threshold,
    amountCents: input.amount,
    dailyMaxCents: input.dailyMaximum,
    updatedAt: ctx.clock.now().toISOString(),
  }
  await ctx.store.put(AUTO_FUNDING, accountId, settings)
  return settings
}

/**
 * Runs auto-fund after a Balance movement: when it is on and the Balance is below the threshold,
 * adds the amount once, unless that would pass the daily maximum. The top-up's idempotency key is
 * the movement that triggered it, so running this twice for one movement adds once.
 *
 * @example
 * await applyAutoFunding(ctx, accountId) // after a label purchase
 */
export async function applyAutoFunding(
  ctx: DomainContext,
  accountId: string,
): Promise<BalanceTransaction | undefined> {
  const settings = await autoFundSettings(ctx, accountId)
  if (!settings?.enabled) return undefined
  const ledger = await balanceLedger(ctx, accountId)
  const trigger = ledger.transactions.at(-1)
  if (!trigger || trigger.reason === AUTO_FUNDING_REASON) return undefined
  if (ledger.balance >= settings.thresholdCents) return undefined
  if (
    autoFundedToday(ledger.transactions, ctx.clock.now()) + settings.amountCents >
    settings.dailyMaxCents
  ) {
    return undefined
  }
  const account = await getAccount(ctx.store, accountId)
  const card = account.paymentMethods.at(-1)
  if (!card) return undefined
  return creditBalance(ctx, {
    accountId,
    amount: settings.amountCents,
    reason: AUTO_FUNDING_REASON,
    reference: `Auto-fund below ${formatCents(settings.thresholdCents)}, ${card.brand} ending in ${card.last4}`,
    idempotencyKey: `auto-funding:${trigger.id}`,
  })
}

/** Cents auto-funded since the start of `now`'s UTC day. */
export function autoFundedToday(transactions: BalanceTransaction[], now: Date): number {
  const day = now.toISOString().slice(0, 10)
  return transactions
    .filter((t) => t.reason === AUTO_FUNDING_REASON && t.at.slice(0, 10) === day)
    .reduce((sum, t) => sum + t.amount, 0)
}
