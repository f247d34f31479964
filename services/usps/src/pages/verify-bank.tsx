import { Field, FormErrors, Page } from '@partner-sandbox/shared'
import { EPA_STATUS_LABELS } from '../domain/epa'
import { MICRO_DEBITS_EARLIEST_HOURS, MICRO_DEBITS_LATEST_HOURS } from '../domain/micro-debits'
import type { PaymentAccount } from '../domain/payment-account'
import { type FormState, fieldValue } from './form-values'
import { SignedInNav } from './nav'

export interface VerifyBankPageProps extends FormState {
  epa: PaymentAccount
  posted: boolean
}

/** "Verify your bank account": the two micro-debit amounts. */
export const VerifyBankPage = (props: VerifyBankPageProps) => {
  const { epa } = props
  const errors = props.error?.fieldErrors
  return (
    <Page service="usps" title="Verify your bank account" nav={<SignedInNav />}>
      <div class="card">
        <h1>Verify your bank account</h1>
        <p>
          Status: <strong>{EPA_STATUS_LABELS[epa.status]}</strong>
          {epa.epsNumber ? ` (EPS Number ${epa.epsNumber})` : ''}
        </p>
        {epa.status !== 'pending_verification' ? (
          <>
            <FormErrors error={props.error} />
            <p>
              <a href="/portal">Back to the Business Portal</a>
            </p>
          </>
        ) : (
          <>
            {props.posted ? (
              <p>Enter the two amounts debited from your bank account.</p>
            ) : (
              <p role="status">
                The micro-debits have not posted yet: they reach your bank{' '}
                {MICRO_DEBITS_EARLIEST_HOURS} to {MICRO_DEBITS_LATEST_HOURS} hours after you added
                it. Come back when you see them.
              </p>
            )}
            <FormErrors error={props.error} fields={['firstAmount', 'secondAmount']} />
            <form method="post" action="/portal/payment-account/verify">
              <Field
                label="First micro-debit amount"
                name="firstAmount"
                value={fieldValue(props, 'firstAmount')}
                errors={errors}
                hint="In dollars, e.g. 0.32"
                required
              />
              <Field
                label="Second micro-debit amount"
                name="secondAmount"
                value={fieldValue(props, 'secondAmount')}
                errors={errors}
                required
              />
              <button type="submit">Verify</button>
            </form>
          </>
        )}
      </div>
    </Page>
  )
}
