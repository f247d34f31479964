import { Field, FormErrors, Page } from '@partner-sandbox/shared'
import { VALIDATION_TTL_MINUTES } from '../domain/email-validation'
import { type FormState, fieldValue } from './form-values'

/** "Create New Account": the email address to validate first. */
export const RegisterPage = (props: FormState) => (
  <Page service="usps" title="Create New Account">
    <div class="card">
      <h1>Create New Account</h1>
      <p>
        Enter your email address. We send a validation link and code, valid for{' '}
        {VALIDATION_TTL_MINUTES} minutes.
      </p>
      <FormErrors error={props.error} fields={['email']} />
      <form method="post" action="/register">
        <Field
          label="Email"
          name="email"
          type="email"
          value={fieldValue(props, 'email')}
          errors={props.error?.fieldErrors}
          autocomplete="email"
          required
        />
        <button type="submit">Send Validation Email</button>
      </form>
      <p>
        Already have an account? <a href="/login">Sign In</a>
      </p>
    </div>
  </Page>
)
