import { Checkbox, Field } from '@partner-sandbox/shared'
import { type FormState, fieldValue, isChecked } from './form-values'
import { WizardFrame } from './wizard-frame'

const FIELDS = ['username', 'password', 'confirmPassword', 'acceptTerms']

/** Step 3 of 3, "Account Security": sign-in details and the Terms of Use. */
export const SecurityStepPage = (props: FormState) => {
  const errors = props.error?.fieldErrors
  return (
    <WizardFrame
      {...props}
      step={3}
      title="Account Security"
      action="/register/security"
      fields={FIELDS}
      button="Create Account"
    >
      <Field
        label="Username"
        name="username"
        value={fieldValue(props, 'username')}
        errors={errors}
        autocomplete="username"
        required
      />
      <Field
        label="Password"
        name="password"
        type="password"
        errors={errors}
        autocomplete="new-password"
        hint="At least 8 characters, with a letter and a digit."
        required
      />
      <Field
        label="Confirm password"
        name="confirmPassword"
        type="password"
        errors={errors}
        autocomplete="new-password"
        required
      />
      <Checkbox
        label="I agree to the USPS.com Terms of Use"
        name="acceptTerms"
        checked={isChecked(props, 'acceptTerms')}
        errors={errors}
      />
      <p class="muted">
        Your account signs in with a code emailed to you each time (multi-factor authentication).
      </p>
    </WizardFrame>
  )
}
