import { Field, FormErrors, Page } from '@partner-sandbox/shared'
import { VALIDATION_TTL_MINUTES } from '../domain/email-validation'
import type { FormState } from './form-values'

export interface CheckEmailPageProps extends FormState {
  email: string
}

/** After "Send Validation Email": follow the link, or type the code here. */
export const CheckEmailPage = (props: CheckEmailPageProps) => (
  <Page service="usps" title="Validate your email">
    <div class="card">
      <h1>Validate your email</h1>
      <p>
        We sent a validation email to <strong>{props.email}</strong>. Click the link in it, or enter
        the code below. Both expire within {VALIDATION_TTL_MINUTES} minutes.
      </p>
      <FormErrors error={props.error} fields={['code']} />
      <form method="post" action="/register/validate">
        <Field
          label="Validation code"
          name="code"
          inputmode="numeric"
          autocomplete="one-time-code"
          errors={props.error?.fieldErrors}
          required
        />
        <button type="submit">Validate Email</button>
      </form>
      <p>
        Wrong address or code expired? <a href="/register">Create New Account</a> again.
      </p>
    </div>
  </Page>
)
