import { Field, FormErrors, Page } from '@partner-sandbox/shared'
import { MAIL_CLASS_NAMES, MAIL_CLASSES, type NsaContract } from '../domain/nsa-contract'
import { type FormState, fieldValue } from './form-values'
import { RepNav } from './rep-nav'

export interface RepContractPageProps extends FormState {
  epsNumber: string
  contract: NsaContract
  saved?: boolean
}

/** The customer's NSA contract: a named table of discounts off commercial prices, editable. */
export const RepContractPage = (props: RepContractPageProps) => (
  <Page service="usps" title={`NSA contract for EPS ${props.epsNumber}`} nav={<RepNav />}>
    <div class="card">
      <h1>{`NSA contract for EPS ${props.epsNumber}`}</h1>
      {props.saved ? <p role="status">Contract saved.</p> : null}
      <p>Discounts in percent off the commercial price of each mail class.</p>
      <FormErrors error={props.error} />
      <form method="post" action={`/rep/contracts/${props.epsNumber}`}>
        <Field
          label="Contract name"
          name="name"
          value={fieldValue(props, 'name') ?? props.contract.name}
          errors={props.error?.fieldErrors}
        />
        {MAIL_CLASSES.map((m) => (
          <Field
            label={`${MAIL_CLASS_NAMES[m]} discount (%)`}
            name={`discounts.${m}`}
            inputmode="numeric"
            value={fieldValue(props, `discounts.${m}`) ?? String(props.contract.discounts[m])}
            errors={props.error?.fieldErrors}
          />
        ))}
        <button type="submit">Save contract</button>
      </form>
    </div>
  </Page>
)
