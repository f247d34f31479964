import * as z from 'zod'
import { fundBalance } from './balance-funding'
import type { BalanceTransaction } from './balance-ledger'
import type { DomainContext } from './context'
import { dollarAmount, IdempotencyKey } from './dollar-amount'

/** "Add funds" by hand, in cents: what one payment from the card may add. */
export const MANUAL_FUNDING_MIN_CENTS = 1_000
export const MANUAL_FUNDING_MAX_CENTS = 100_000

export const AddFundsInput = z.object({
  amount: dollarAmount('amount to add', MANUAL_FUNDING_MIN_CENTS, MANUAL_FUNDING_MAX_CENTS),
  idempotencyKey: IdempotencyKey,
})
export type AddFundsInput = z.infer<typeof AddFundsInput>

/**
 * "Add funds": charges the Balance's card (sandbox: nothing is charged) and credits the Balance.
 * A repeat of the same Idempotency-Key answers the first transaction and adds nothing.
 *
 * @example
 * const transaction = await addFunds(ctx, accountId, { amount: 5000, idempotencyKey })
 */
export function addFunds(
  ctx: DomainContext,
  accountId: string,
  input: AddFundsInput,
): Promise<BalanceTransaction> {
  return fundBalance(ctx, { accountId, amount: input.amount, idempotencyKey: input.idempotencyKey })
}
