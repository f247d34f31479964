import { Field, type FieldError, FormErrors, Page } from '@partner-sandbox/shared'
import { SignedOutNav } from './header-nav'

const FIELDS = ['firstName', 'lastName', 'company', 'email', 'phone', 'password', 'promoCode']

export interface RegisterPageProps {
  values?: Record<string, string | undefined>
  error?: { message: string; fieldErrors: FieldError[] }
}

/** "Create your ShipStation account": Step 1 of the seed, with the USPS promo code. */
export const RegisterPage = ({ values = {}, error }: RegisterPageProps) => {
  const errors = error?.fieldErrors
  return (
    <Page service="shipstation" title="Create your account" nav={<SignedOutNav />}>
      <div class="card">
        <h1>Create your ShipStation account</h1>
        <FormErrors error={error} fields={FIELDS} />
        <form method="post" action="/register">
          <Field label="First name" name="firstName" value={values.firstName} errors={errors} />
          <Field label="Last name" name="lastName" value={values.lastName} errors={errors} />
          <Field label="Company" name="company" value={values.company} errors={errors} />
          <Field
            label="Email"
            name="email"
            type="email"
            autocomplete="email"
            value={values.email}
            errors={errors}
          />
          <Field
            label="Phone"
            name="phone"
            type="tel"
            autocomplete="tel"
            hint="A US number that can receive text messages, e.g. (555) 010-0100."
            value={values.phone}
            errors={errors}
          />
          <Field
            label="Password"
            name="password"
            type="password"
            autocomplete="new-password"
            hint="At least 8 characters, with a letter and a digit."
            errors={errors}
          />
          <Field
            label="Promo code"
            name="promoCode"
            hint="The promo code your USPS representative gave you."
            value={values.promoCode}
            errors={errors}
          />
          <button type="submit">Create Account</button>
        </form>
        <p class="muted">
          Already have an account? <a href="/login">Sign In</a>
        </p>
      </div>
    </Page>
  )
}
