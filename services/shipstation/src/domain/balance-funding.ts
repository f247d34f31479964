import { NoPaymentMethodError } from '../errors'
import { getAccount } from './accounts'
import { type BalanceTransaction, creditBalance } from './balance-ledger'
import type { DomainContext } from './context'

/**
 * Adds funds to the ShipStation Balance from the account's card (a sandbox card: nothing is
 * charged). Needs a payment method; the idempotency key makes a retried request add once.
 *
 * @example
 * await fundBalance(ctx, { accountId, amount: 5000, idempotencyKey: 'fund-1' })
 */
export async function fundBalance(
  ctx: DomainContext,
  input: { accountId: string; amount: number; idempotencyKey: string },
): Promise<BalanceTransaction> {
  const account = await getAccount(ctx.store, input.accountId)
  const card = account.paymentMethods.at(-1)
  if (!card) throw new NoPaymentMethodError()
  return creditBalance(ctx, {
    accountId: input.accountId,
    amount: input.amount,
    reason: 'funding',
    reference: `${card.brand} ending in ${card.last4}`,
    idempotencyKey: `funding:${input.idempotencyKey}`,
  })
}
