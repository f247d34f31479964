import { Field, type FieldError, FormErrors } from '@partner-sandbox/shared'
import type { OnboardingPrompts } from '../domain/onboarding-prompts'
import { CODE_DIGITS } from '../domain/verification-codes'
import type { Confirmation } from '../lib/session'
import { SignedInPage } from './signed-in-page'

export interface VerifyCodePageProps {
  prompts: OnboardingPrompts
  /** Which of the two verification steps. */
  step: 'email' | 'phone'
  /** Where the code went (email address or phone number). */
  sentTo: string
  /** True right after "Resend code". */
  resent?: boolean
  confirmation?: Confirmation
  error?: { message: string; fieldErrors: FieldError[] }
}

const STEPS = {
  email: {
    path: '/verify/email',
    heading: 'Verify your email',
    label: 'Email verification code',
    button: 'Verify Email',
    how: `We emailed a ${CODE_DIGITS}-digit code and a confirmation link to`,
  },
  phone: {
    path: '/verify/phone',
    heading: 'Verify your phone',
    label: 'SMS verification code',
    button: 'Verify Phone',
    how: `We texted a ${CODE_DIGITS}-digit code to`,
  },
} as const

/** The two verification screens differ only in words, so they share one layout. */
export const VerifyCodePage = ({
  prompts,
  step,
  sentTo,
  resent,
  confirmation,
  error,
}: VerifyCodePageProps) => {
  const s = STEPS[step]
  return (
    <SignedInPage title={s.heading} prompts={prompts} path={s.path} confirmation={confirmation}>
      <div class="card">
        <h1>{s.heading}</h1>
        <p>
          {s.how} <strong>{sentTo}</strong>.
        </p>
        {resent ? (
          <p role="status" class="muted">
            A new code was sent. Earlier codes no longer work.
          </p>
        ) : null}
        <FormErrors error={error} fields={['code']} />
        <form method="post" action={s.path}>
          <Field
            label={s.label}
            name="code"
            inputmode="numeric"
            autocomplete="one-time-code"
            errors={error?.fieldErrors}
          />
          <button type="submit">{s.button}</button>
        </form>
        <form method="post" action={`${s.path}/resend`}>
          <button type="submit">Resend code</button>
        </form>
      </div>
    </SignedInPage>
  )
}
