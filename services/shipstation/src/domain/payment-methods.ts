import {
  assertCardUsable,
  CardDeclinedError,
  CardDetails,
  cardBrand,
  secretToken,
  takeFaultFlag,
} from '@partner-sandbox/shared'
import { StepOutOfOrderError } from '../errors'
import { type Account, getAccount, type StoredPaymentMethod, updateAccount } from './accounts'
import type { DomainContext } from './context'
import { setupFactsOf, setupStepOpen } from './setup-steps'

/** Body of "Add Payment Method" and `POST /api/v1/balance/payment-methods`. */
export const PaymentMethodInput = CardDetails

/**
 * Adds a card to the ShipStation Balance. Expired and declined cards are refused before anything
 * is written; only brand, last four digits and expiry are kept, never the number or CVC.
 *
 * @example
 * const { paymentMethod } = await addPaymentMethod(ctx, accountId, CardDetails.parse(form))
 */
export async function addPaymentMethod(
  ctx: DomainContext,
  accountId: string,
  card: CardDetails,
): Promise<{ account: Account; paymentMethod: StoredPaymentMethod }> {
  const account = await getAccount(ctx.store, accountId)
  if (!setupStepOpen(setupFactsOf(account), 'payment')) {
    throw new StepOutOfOrderError(
      'Verify your email and phone before adding a payment method to your ShipStation Balance.',
    )
  }
  assertCardUsable(card, ctx.clock.now())
  // Fault catalogue: a trainer can make the next card decline, whatever its number.
  if (await takeFaultFlag(ctx.store, 'shipstation.card-declined')) throw new CardDeclinedError()
  const paymentMethod: StoredPaymentMethod = {
    id: `pm_${secretToken(9)}`,
    brand: cardBrand(card.cardNumber),
    last4: card.cardNumber.slice(-4),
    expiry: card.expiry,
    addedAt: ctx.clock.now().toISOString(),
  }
  const updated = await updateAccount(ctx.store, accountId, (a) => ({
    ...a,
    paymentMethods: [...a.paymentMethods, paymentMethod],
  }))
  return { account: updated, paymentMethod }
}
