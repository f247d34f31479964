import { Field, FormErrors, Page } from '@partner-sandbox/shared'
import { MFA_CODE_DIGITS, MFA_TTL_MINUTES } from '../domain/mfa-challenge'
import type { FormState } from './form-values'

export interface MfaPageProps extends FormState {
  /** The challenge is over (expired or too many tries): offer a fresh sign-in instead. */
  restart?: boolean
}

/** "Verify Your Identity": the 6-digit code emailed at sign-in. */
export const MfaPage = (props: MfaPageProps) => (
  <Page service="usps" title="Verify Your Identity">
    <div class="card">
      <h1>Verify Your Identity</h1>
      {props.restart ? (
        <>
          <FormErrors error={props.error} />
          <p>
            <a href="/login">Sign In</a> again to get a new code.
          </p>
        </>
      ) : (
        <>
          <p>
            We emailed a {MFA_CODE_DIGITS}-digit verification code to the address on your account.
            It expires in {MFA_TTL_MINUTES} minutes.
          </p>
          <FormErrors error={props.error} fields={['code']} />
          <form method="post" action="/login/mfa">
            <Field
              label="Verification code"
              name="code"
              inputmode="numeric"
              autocomplete="one-time-code"
              errors={props.error?.fieldErrors}
              required
            />
            <button type="submit">Verify</button>
          </form>
        </>
      )}
    </div>
  </Page>
)
