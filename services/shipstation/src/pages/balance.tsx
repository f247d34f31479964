import { Field, type FieldError, FormErrors } from '@partner-sandbox/shared'
import type { StoredPaymentMethod } from '../domain/accounts'
import type { OnboardingPrompts } from '../domain/onboarding-prompts'
import { SignedInPage } from './signed-in-page'

const FIELDS = ['cardholderName', 'cardNumber', 'expiry', 'cvc', 'billingZip']

export interface BalancePageProps {
  prompts: OnboardingPrompts
  paymentMethods: StoredPaymentMethod[]
  values?: Record<string, string | undefined>
  error?: { message: string; fieldErrors: FieldError[] }
}

/** "ShipStation Balance": Step 1.3 of the seed. The card number is never echoed back. */
export const BalancePage = ({ prompts, paymentMethods, values = {}, error }: BalancePageProps) => {
  const errors = error?.fieldErrors
  return (
    <SignedInPage title="ShipStation Balance" prompts={prompts} path="/balance">
      <div class="card">
        <h1>ShipStation Balance</h1>
        {paymentMethods.length > 0 ? (
          <ul aria-label="Payment methods">
            {paymentMethods.map((pm) => (
              <li>
                {pm.brand} ending in {pm.last4} (expires {pm.expiry})
              </li>
            ))}
          </ul>
        ) : (
          <p>Add a payment method to fund your ShipStation Balance and print labels.</p>
        )}
      </div>
      <div class="card">
        <h2>Add a payment method</h2>
        <FormErrors error={error} fields={FIELDS} />
        <form method="post" action="/balance">
          <Field
            label="Name on card"
            name="cardholderName"
            autocomplete="cc-name"
            value={values.cardholderName}
            errors={errors}
          />
          <Field
            label="Card number"
            name="cardNumber"
            inputmode="numeric"
            autocomplete="cc-number"
            hint="Test cards: 4242 4242 4242 4242 is approved, 4000 0000 0000 0002 is declined."
            errors={errors}
          />
          <Field
            label="Expiry (MM/YY)"
            name="expiry"
            autocomplete="cc-exp"
            value={values.expiry}
            errors={errors}
          />
          <Field
            label="Security code (CVC)"
            name="cvc"
            inputmode="numeric"
            autocomplete="cc-csc"
            errors={errors}
          />
          <Field
            label="Billing ZIP code"
            name="billingZip"
            inputmode="numeric"
            autocomplete="postal-code"
            value={values.billingZip}
            errors={errors}
          />
          <button type="submit">Add Payment Method</button>
        </form>
      </div>
    </SignedInPage>
  )
}
