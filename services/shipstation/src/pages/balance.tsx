import { Field, type FieldError, FormErrors } from '@partner-sandbox/shared'
import type { StoredPaymentMethod } from '../domain/accounts'
import type { AutoFundSettings } from '../domain/auto-funding'
import { type BalanceLedger, formatCents } from '../domain/balance-ledger'
import type { OnboardingPrompts } from '../domain/onboarding-prompts'
import type { Confirmation } from '../lib/session'
import { AddFundsForm, AutoFundForm, TransactionHistory } from './balance-funding'
import { SignedInPage } from './signed-in-page'

const FIELDS = ['cardholderName', 'cardNumber', 'expiry', 'cvc', 'billingZip']

export interface BalancePageProps {
  prompts: OnboardingPrompts
  paymentMethods: StoredPaymentMethod[]
  values?: Record<string, string | undefined>
  error?: { message: string; fieldErrors: FieldError[] }
  ledger: BalanceLedger
  autoFunding?: AutoFundSettings
  /** A fresh key per page, carried by "Add funds" so a double submit adds once. */
  idempotencyKey: string
  /** Which form the error and values belong to. */
  form?: 'card' | 'funds' | 'auto-funding'
  confirmation?: Confirmation
}

/** "ShipStation Balance": Step 1.3 of the seed. The card number is never echoed back. */
export const BalancePage = (props: BalancePageProps) => {
  const { prompts, paymentMethods, ledger, form = 'card' } = props
  const values = form === 'card' ? (props.values ?? {}) : {}
  const error = form === 'card' ? props.error : undefined
  const errors = error?.fieldErrors
  return (
    <SignedInPage
      title="ShipStation Balance"
      prompts={prompts}
      path="/balance"
      confirmation={props.confirmation}
    >
      <div class="card">
        <h1>ShipStation Balance</h1>
        <p>
          Available: <strong data-balance={ledger.balance}>{formatCents(ledger.balance)}</strong>
        </p>
        {/* Funding forms show only with a card: their refusals then go here. */}
        {form !== 'card' && paymentMethods.length === 0 ? <FormErrors error={props.error} /> : null}
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
      {paymentMethods.length > 0 ? (
        <>
          <AddFundsForm
            idempotencyKey={props.idempotencyKey}
            values={form === 'funds' ? props.values : undefined}
            error={form === 'funds' ? props.error : undefined}
          />
          <AutoFundForm
            settings={props.autoFunding}
            values={form === 'auto-funding' ? props.values : undefined}
            error={form === 'auto-funding' ? props.error : undefined}
          />
        </>
      ) : null}
      <TransactionHistory ledger={ledger} />
    </SignedInPage>
  )
}
