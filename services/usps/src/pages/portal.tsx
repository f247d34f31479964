import { Checkbox, FormErrors, fieldMessage, Page } from '@partner-sandbox/shared'
import type { PublicAccount } from '../domain/account'
import { canApply } from '../domain/epa'
import type { PaymentAccount } from '../domain/payment-account'
import { type FormState, fieldValue, isChecked } from './form-values'
import { SignedInNav } from './nav'
import { PaymentAccountFacts } from './payment-account-facts'

export interface PortalPageProps extends FormState {
  account: PublicAccount
  epa: PaymentAccount
  /** A partner link that stopped for want of an EPA: "Continue linking" resumes it. */
  resume?: { href: string; clientName: string }
}

/** "Business Portal": CRID, MASTER MID, the EPA, and "Add your payment account to get started". */
export const PortalPage = (props: PortalPageProps) => {
  const { account, epa } = props
  const methodError = fieldMessage(props.error?.fieldErrors, 'method')
  const method = fieldValue(props, 'method')
  return (
    <Page service="usps" title="Business Portal" nav={<SignedInNav />}>
      <div class="card">
        <h1>Business Portal</h1>
        <p>{account.company.companyName}</p>
        <dl class="facts">
          <dt>CRID</dt>
          <dd data-testid="crid">{account.crid}</dd>
          <dt>Outbound Mailer ID (MASTER MID)</dt>
          <dd data-testid="mid">{account.mid}</dd>
        </dl>
      </div>
      {props.resume && !canApply(epa.status, 'credit_card_added') ? (
        <div class="card" role="status">
          <p>
            {`Your payment account is set up. Finish linking your account to ${props.resume.clientName}: `}
            <a href={props.resume.href} data-testid="continue-linking">
              Continue linking
            </a>
          </p>
        </div>
      ) : null}
      {props.resume && canApply(epa.status, 'credit_card_added') ? (
        <div class="card" role="alert">
          <p>
            {`Add your payment account below to link your account to ${props.resume.clientName}; then `}
            <a href={props.resume.href}>Continue linking</a>.
          </p>
        </div>
      ) : null}
      <div class="card">
        <h2>Payment Account</h2>
        <PaymentAccountFacts epa={epa} />
        {canApply(epa.status, 'credit_card_added') ? null : <FormErrors error={props.error} />}
        {epa.status === 'pending_verification' ? (
          <p>
            <a href="/portal/payment-account/verify">Verify your bank account</a>
          </p>
        ) : null}
      </div>
      {canApply(epa.status, 'credit_card_added') ? (
        <div class="card">
          <h2>Add your payment account to get started</h2>
          <FormErrors error={props.error} fields={['acceptTerms', 'method']} />
          <form method="post" action="/portal/payment-account">
            <Checkbox
              label="I have read, understand and agree to the payment account terms and conditions"
              name="acceptTerms"
              checked={isChecked(props, 'acceptTerms')}
              errors={props.error?.fieldErrors}
            />
            <fieldset aria-invalid={methodError ? 'true' : undefined}>
              <legend>Payment method</legend>
              <label class="check" for="method-credit-card">
                <input
                  type="radio"
                  id="method-credit-card"
                  name="method"
                  value="credit_card"
                  checked={method === 'credit_card'}
                />
                <span>Credit Card</span>
              </label>
              <label class="check" for="method-ach">
                <input
                  type="radio"
                  id="method-ach"
                  name="method"
                  value="ach"
                  checked={method === 'ach'}
                />
                <span>ACH Debit</span>
              </label>
              {methodError ? (
                <p class="field-error" role="alert">
                  {methodError}
                </p>
              ) : null}
            </fieldset>
            <button type="submit">Continue</button>
          </form>
        </div>
      ) : null}
    </Page>
  )
}
