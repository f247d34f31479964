import { Field, FormErrors, Page } from '@partner-sandbox/shared'
import type { PromoCode } from '../domain/promo-code'
import { type FormState, fieldValue } from './form-values'
import { RepNav } from './rep-nav'

export interface RepPromoCodesPageProps extends FormState {
  codes: PromoCode[]
  minted?: PromoCode
}

/** "Mint a promo code" for a customer, and the codes minted so far. */
export const RepPromoCodesPage = (props: RepPromoCodesPageProps) => (
  <Page service="usps" title="Promo codes" nav={<RepNav />}>
    <div class="card">
      <h1>Promo codes</h1>
      {props.minted ? (
        <p role="status">
          {'Minted '}
          <strong data-testid="minted-code">{props.minted.code}</strong>
          {`, valid until ${props.minted.expiresAt}. ShipStation was told; give the code to the customer.`}
        </p>
      ) : null}
      <FormErrors error={props.error} />
      <form method="post" action="/rep/promo-codes">
        <Field
          label="Customer email (optional)"
          name="issuedTo"
          type="email"
          value={fieldValue(props, 'issuedTo')}
          errors={props.error?.fieldErrors}
        />
        <Field
          label="Valid for (days)"
          name="validDays"
          inputmode="numeric"
          value={fieldValue(props, 'validDays') ?? '30'}
          errors={props.error?.fieldErrors}
        />
        <button type="submit">Mint a promo code</button>
      </form>
    </div>
    <div class="card">
      <h2>Minted codes</h2>
      <ul>
        {props.codes.map((p) => (
          <li>{`${p.code}: ${p.issuedTo ?? 'any customer'}, expires ${p.expiresAt}`}</li>
        ))}
      </ul>
    </div>
  </Page>
)
