import { Field, FormErrors, Page } from '@partner-sandbox/shared'
import { type FormState, fieldValue } from './form-values'
import { SignedInNav } from './nav'

const FIELDS = [
  'cardholderName',
  'cardNumber',
  'expiry',
  'cvc',
  'billingZip',
  'anticipatedDailySpend',
]

/** The credit card form of the EPA (USPS holds the anticipated daily spend each day). */
export const CreditCardPage = (props: FormState) => {
  const errors = props.error?.fieldErrors
  return (
    <Page service="usps" title="Add a credit card" nav={<SignedInNav />}>
      <div class="card">
        <h1>Add a credit card</h1>
        <FormErrors error={props.error} fields={FIELDS} />
        <form method="post" action="/portal/payment-account/credit-card">
          <Field
            label="Name on card"
            name="cardholderName"
            value={fieldValue(props, 'cardholderName')}
            errors={errors}
            autocomplete="cc-name"
            required
          />
          <Field
            label="Card number"
            name="cardNumber"
            value={fieldValue(props, 'cardNumber')}
            errors={errors}
            autocomplete="cc-number"
            inputmode="numeric"
            required
          />
          <Field
            label="Expiry (MM/YY)"
            name="expiry"
            value={fieldValue(props, 'expiry')}
            errors={errors}
            autocomplete="cc-exp"
            required
          />
          <Field
            label="Security code (CVC)"
            name="cvc"
            errors={errors}
            autocomplete="cc-csc"
            inputmode="numeric"
            required
          />
          <Field
            label="Billing ZIP code"
            name="billingZip"
            value={fieldValue(props, 'billingZip')}
            errors={errors}
            autocomplete="postal-code"
            inputmode="numeric"
            required
          />
          <Field
            label="Anticipated daily spend (USD)"
            name="anticipatedDailySpend"
            type="number"
            value={fieldValue(props, 'anticipatedDailySpend')}
            errors={errors}
            hint="USPS places a daily authorization hold of this amount on the card."
            required
          />
          <button type="submit">Add Payment Account</button>
        </form>
      </div>
    </Page>
  )
}
