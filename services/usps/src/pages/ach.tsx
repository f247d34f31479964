import { Field, FormErrors, fieldMessage, Page } from '@partner-sandbox/shared'
import { MICRO_DEBITS_EARLIEST_HOURS, MICRO_DEBITS_LATEST_HOURS } from '../domain/micro-debits'
import { type FormState, fieldValue } from './form-values'
import { SignedInNav } from './nav'

const FIELDS = ['routingNumber', 'accountNumber', 'accountType']

/** The ACH Debit form of the EPA; the account stays Pending until the micro-debits are confirmed. */
export const AchPage = (props: FormState) => {
  const errors = props.error?.fieldErrors
  const typeError = fieldMessage(errors, 'accountType')
  const type = fieldValue(props, 'accountType') ?? 'checking'
  return (
    <Page service="usps" title="Add a bank account (ACH Debit)" nav={<SignedInNav />}>
      <div class="card">
        <h1>Add a bank account (ACH Debit)</h1>
        <p>
          Two micro-debits (less than $1.00) will be made to the bank account within{' '}
          {MICRO_DEBITS_EARLIEST_HOURS} to {MICRO_DEBITS_LATEST_HOURS} hours. Note the amounts: you
          need them to verify the account.
        </p>
        <FormErrors error={props.error} fields={FIELDS} />
        <form method="post" action="/portal/payment-account/ach">
          <Field
            label="Routing number"
            name="routingNumber"
            value={fieldValue(props, 'routingNumber')}
            errors={errors}
            inputmode="numeric"
            required
          />
          <Field
            label="Account number"
            name="accountNumber"
            value={fieldValue(props, 'accountNumber')}
            errors={errors}
            inputmode="numeric"
            required
          />
          <label for="field-accountType">Account type</label>
          <select
            id="field-accountType"
            name="accountType"
            aria-invalid={typeError ? 'true' : undefined}
          >
            <option value="checking" selected={type === 'checking'}>
              Checking
            </option>
            <option value="savings" selected={type === 'savings'}>
              Savings
            </option>
          </select>
          {typeError ? (
            <p class="field-error" role="alert">
              {typeError}
            </p>
          ) : null}
          <button type="submit">Add Payment Account</button>
        </form>
      </div>
    </Page>
  )
}
