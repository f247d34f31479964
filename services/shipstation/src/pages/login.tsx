import { Field, type FieldError, FormErrors, Page } from '@partner-sandbox/shared'
import { SignedOutNav } from './header-nav'

export interface LoginPageProps {
  email?: string
  error?: { message: string; fieldErrors: FieldError[] }
}

export const LoginPage = ({ email, error }: LoginPageProps) => (
  <Page service="shipstation" title="Sign In" nav={<SignedOutNav />}>
    <div class="card">
      <h1>Sign in to ShipStation</h1>
      <FormErrors error={error} fields={['email', 'password']} />
      <form method="post" action="/login">
        <Field
          label="Email"
          name="email"
          type="email"
          autocomplete="email"
          value={email}
          errors={error?.fieldErrors}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autocomplete="current-password"
          errors={error?.fieldErrors}
        />
        <button type="submit">Sign In</button>
      </form>
      <p>
        New to ShipStation? <a href="/register">Create an account</a>
      </p>
    </div>
  </Page>
)
