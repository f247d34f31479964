import { Field, FormErrors, Page } from '@partner-sandbox/shared'
import { VALIDATION_TTL_MINUTES } from '../domain/email-validation'
import { type FormState, fieldValue } from './form-values'

export interface RegisterPageProps extends FormState {
  /** A setup this browser left half-finished: where it stopped. */
  resume?: { email: string; href: string }
}

/** "Create New Account": the email address to validate first, or the setup to continue. */
export const RegisterPage = (props: RegisterPageProps) => (
  <Page service="usps" title="Create New Account">
    <div class="card">
      <h1>Create New Account</h1>
      {props.resume ? (
        <p role="status">
          {`You have a setup in progress for ${props.resume.email}. `}
          <a href={props.resume.href} data-testid="resume-setup">
            Continue where you stopped
          </a>
          {' or start again with another email below.'}
        </p>
      ) : null}
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
