import * as z from 'zod'
import { passesAbaChecksum } from '../lib/aba-routing'
import type { DomainContext } from './context'
import { drawMicroDebits, scheduleMicroDebits } from './micro-debits'
import { applyPaymentMethod, type PaymentAccount, paymentAccountReadyFor } from './payment-account'

/** The ACH Debit form. */
export const AchInput = z.object({
  routingNumber: z
    .string('Enter the 9-digit routing number.')
    .trim()
    .regex(/^\d{9}$/, 'Enter the 9-digit routing number.')
    .refine(
      passesAbaChecksum,
      'This is not a valid ABA routing number: check the digits (e.g. 011000015).',
    ),
  accountNumber: z
    .string('Enter the account number.')
    .trim()
    .regex(/^\d{4,17}$/, 'Enter the 4 to 17 digit account number.'),
  accountType: z.enum(['checking', 'savings'], 'Choose Checking or Savings.'),
  acceptTerms: z.literal(true).optional(),
})
export type AchInput = z.output<typeof AchInput>

/**
 * Adds a bank account for ACH Debit: the EPA is Pending (with its EPS number) until the two
 * micro-debits (`drawMicroDebits`), posted a day or two later on the sandbox clock, are confirmed.
 *
 * @example
 * const epa = await addAchAccount(ctx, account.id, input) // epa.status === 'pending_verification'
 */
export async function addAchAccount(
  ctx: DomainContext,
  accountId: string,
  input: AchInput,
): Promise<PaymentAccount> {
  const current = await paymentAccountReadyFor(ctx, accountId, 'ach_added', input.acceptTerms)
  const { microDebitsCents, postedAt } = drawMicroDebits(ctx)
  const epa = await applyPaymentMethod(ctx, current, 'ach_added', {
    method: 'ach',
    card: undefined,
    ach: {
      routingNumber: input.routingNumber,
      accountLast4: input.accountNumber.slice(-4),
      accountType: input.accountType,
      microDebitsCents,
      createdAt: ctx.clock.now().toISOString(),
      postedAt,
      failedAttempts: 0,
    },
  })
  await scheduleMicroDebits(ctx, accountId, postedAt)
  return epa
}
