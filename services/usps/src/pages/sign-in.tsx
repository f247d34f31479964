import { Field, FormErrors, Page } from '@partner-sandbox/shared'
import { type FormState, fieldValue } from './form-values'

export interface SignInPageProps extends FormState {
  returnTo?: string
}

const FIELDS = ['username', 'password']

/** "Sign In": username (or email) and password, then the emailed code. */
export const SignInPage = (props: SignInPageProps) => (
  <Page service="usps" title="Sign In">
    <div class="card">
      <h1>Sign In</h1>
      <FormErrors error={props.error} fields={FIELDS} />
      <form method="post" action="/login">
        {props.returnTo ? <input type="hidden" name="return_to" value={props.returnTo} /> : null}
        <Field
          label="Username"
          name="username"
          value={fieldValue(props, 'username')}
          errors={props.error?.fieldErrors}
          autocomplete="username"
          hint="Your username or the email address of your account."
          required
        />
        <Field
          label="Password"
          name="password"
          type="password"
          errors={props.error?.fieldErrors}
          autocomplete="current-password"
          required
        />
        <button type="submit">Sign In</button>
      </form>
      <p>
        New to USPS.com? <a href="/register">Create New Account</a>
      </p>
    </div>
  </Page>
)
