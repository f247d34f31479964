import { Field, FormErrors, Page } from '@partner-sandbox/shared'
import { MAX_MFA_RESENDS, MFA_CODE_DIGITS, MFA_TTL_MINUTES } from '../domain/mfa-challenge'
import { loginUrl } from '../lib/return-to'
import type { FormState } from './form-values'

export interface MfaPageProps extends FormState {
  /** The challenge is over (expired or too many tries): offer a fresh sign-in instead. */
  restart?: boolean
  /** Where the sign-in was going (e.g. "Grant Auctane Access"): "Sign In" again keeps it. */
  returnTo?: string
  /** True right after "Resend code". */
  resent?: boolean
  /** How many more times "Resend code" may send a new code; 0 hides the button. */
  resendsLeft?: number
}

const SignInAgain = ({ returnTo, text }: { returnTo: string | undefined; text: string }) => (
  <a href={loginUrl(returnTo)} data-testid="sign-in-again">
    {text}
  </a>
)

const resendHint = (left: number) =>
  `No email? You can ask for a new code ${left} more ${left === 1 ? 'time' : 'times'}.`

/** "Verify Your Identity": the 6-digit code emailed at sign-in, and "Resend code". */
export const MfaPage = (props: MfaPageProps) => (
  <Page service="usps" title="Verify Your Identity">
    <div class="card">
      <h1>Verify Your Identity</h1>
      {props.restart ? (
        <>
          <FormErrors error={props.error} />
          <p>
            <SignInAgain returnTo={props.returnTo} text="Sign In" /> again to get a new code.
          </p>
        </>
      ) : (
        <>
          <p>
            We emailed a {MFA_CODE_DIGITS}-digit verification code to the address on your account.
            It expires in {MFA_TTL_MINUTES} minutes.
          </p>
          {props.resent ? (
            <p role="status" class="muted">
              We emailed a new code. Codes sent before it no longer work.
            </p>
          ) : null}
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
          {props.resendsLeft === 0 ? (
            <p class="muted">
              No more new codes for this sign-in.{' '}
              <SignInAgain returnTo={props.returnTo} text="Sign in again" /> to start over.
            </p>
          ) : (
            <form method="post" action="/login/mfa/resend">
              <p class="muted">{resendHint(props.resendsLeft ?? MAX_MFA_RESENDS)}</p>
              <button type="submit" class="secondary">
                Resend code
              </button>
            </form>
          )}
        </>
      )}
    </div>
  </Page>
)
