import { assertCardUsable, CardDetails, cardBrand } from '@partner-sandbox/shared'
import * as z from 'zod'
import type { DomainContext } from './context'
import { applyPaymentMethod, type PaymentAccount, paymentAccountReadyFor } from './payment-account'

/** The card form: shared card fields plus USPS's "Anticipated daily spend (USD)". */
export const CreditCardInput = CardDetails.extend({
  anticipatedDailySpend: z.coerce
    .number('Enter the anticipated daily spend in US dollars, e.g. 250.')
    .positive('Enter an anticipated daily spend above $0.')
    .max(10_000_000, 'Enter an anticipated daily spend of at most $10,000,000.'),
  /** JSON clients agree to the terms in the same call; the portal records it one step before. */
  acceptTerms: z.literal(true).optional(),
})
export type CreditCardInput = z.output<typeof CreditCardInput>

/**
 * Adds a credit card as the EPA's payment method: the EPA becomes Active with a 10-digit EPS
 * number. Expired and declined cards are refused before anything is written.
 *
 * @example
 * const epa = await addCreditCard(ctx, account.id, input) // epa.status === 'active'
 */
export async function addCreditCard(
  ctx: DomainContext,
  accountId: string,
  input: CreditCardInput,
): Promise<PaymentAccount> {
  const current = await paymentAccountReadyFor(
    ctx,
    accountId,
    'credit_card_added',
    input.acceptTerms,
  )
  assertCardUsable(input, ctx.clock.now())
  return applyPaymentMethod(ctx, current, 'credit_card_added', {
    method: 'credit_card',
    card: {
      brand: cardBrand(input.cardNumber),
      last4: input.cardNumber.slice(-4),
      expiry: input.expiry,
      anticipatedDailySpend: input.anticipatedDailySpend,
    },
    ach: undefined,
  })
}
