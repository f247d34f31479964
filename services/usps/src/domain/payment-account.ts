import { randomDigits, ValidationError } from '@partner-sandbox/shared'
import * as z from 'zod'
import { checkedBox } from '../lib/checkbox'
import { claimUniqueNumber } from '../lib/unique-number'
import type { DomainContext } from './context'
import { type EpaEvent, type EpaStatus, nextEpaStatus } from './epa'

export const PAYMENT_ACCOUNTS = 'payment_accounts'
export const EPS_NUMBERS = 'eps_numbers'

export type PaymentMethod = 'credit_card' | 'ach'

/** The account's EPA: one per business account, keyed by the account id. */
export interface PaymentAccount {
  accountId: string
  status: EpaStatus
  termsAcceptedAt?: string
  /** 10-digit Enterprise Payment System number, assigned when a payment method is added. */
  epsNumber?: string
  method?: PaymentMethod
  card?: { brand: string; last4: string; expiry: string; anticipatedDailySpend: number }
  ach?: {
    routingNumber: string
    accountLast4: string
    accountType: 'checking' | 'savings'
    microDebitsCents: [number, number]
    createdAt: string
    /** When the bank shows the two debits: 24 to 48 hours after the account was added. */
    postedAt: string
    noticeSentAt?: string
    failedAttempts: number
  }
  activatedAt?: string
  updatedAt: string
}

/** The "Add your payment account to get started" choice on the portal. */
export const PaymentTermsInput = z.object({
  acceptTerms: checkedBox(
    'Check the box to agree to the payment account terms and conditions before you continue.',
  ),
  method: z.enum(['credit_card', 'ach'], 'Choose Credit Card or ACH Debit.'),
})

export async function getPaymentAccount(
  ctx: Pick<DomainContext, 'store'>,
  accountId: string,
): Promise<PaymentAccount> {
  return (
    (await ctx.store.get<PaymentAccount>(PAYMENT_ACCOUNTS, accountId)) ?? {
      accountId,
      status: 'none',
      updatedAt: new Date(0).toISOString(),
    }
  )
}

/** Records the terms acceptance, after checking that a payment method may be added now. */
export async function acceptPaymentTerms(
  ctx: DomainContext,
  accountId: string,
  input: z.output<typeof PaymentTermsInput>,
): Promise<PaymentAccount> {
  const current = await getPaymentAccount(ctx, accountId)
  nextEpaStatus(current.status, input.method === 'ach' ? 'ach_added' : 'credit_card_added')
  const now = ctx.clock.now().toISOString()
  const next: PaymentAccount = { ...current, termsAcceptedAt: now, updatedAt: now }
  await ctx.store.put(PAYMENT_ACCOUNTS, accountId, next)
  return next
}

/**
 * Shared tail of adding a card or bank account: checks terms and state, keeps the EPS number an
 * earlier (failed) attempt got, or claims a new one, then writes the record in one put.
 */
export async function applyPaymentMethod(
  ctx: DomainContext,
  current: PaymentAccount,
  event: Extract<EpaEvent, 'credit_card_added' | 'ach_added'>,
  patch: Partial<PaymentAccount>,
): Promise<PaymentAccount> {
  const status = nextEpaStatus(current.status, event)
  const now = ctx.clock.now().toISOString()
  const epsNumber =
    current.epsNumber ??
    (await claimUniqueNumber(
      ctx.store,
      EPS_NUMBERS,
      () => randomDigits(ctx.random, 10),
      current.accountId,
    ))
  const next: PaymentAccount = {
    ...current,
    ...patch,
    status,
    epsNumber,
    termsAcceptedAt: current.termsAcceptedAt ?? now,
    activatedAt: status === 'active' ? now : undefined,
    updatedAt: now,
  }
  await ctx.store.put(PAYMENT_ACCOUNTS, current.accountId, next)
  return next
}

/**
 * The EPA, checked for adding a payment method by `event`: refused when the terms box was never
 * checked (portal step or API flag) or the EPA's state does not allow the event.
 */
export async function paymentAccountReadyFor(
  ctx: Pick<DomainContext, 'store'>,
  accountId: string,
  event: Extract<EpaEvent, 'credit_card_added' | 'ach_added'>,
  acceptTerms: boolean | undefined,
): Promise<PaymentAccount> {
  const current = await getPaymentAccount(ctx, accountId)
  if (!current.termsAcceptedAt && acceptTerms !== true) {
    throw ValidationError.forField(
      'acceptTerms',
      'Agree to the payment account terms and conditions first (Business Portal > Add your payment account to get started).',
    )
  }
  nextEpaStatus(current.status, event)
  return current
}
