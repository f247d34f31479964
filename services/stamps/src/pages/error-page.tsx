import { Page, type SandboxError } from '@partner-sandbox/shared'
import type { FC } from 'hono/jsx'

interface NextStep {
  href: string
  label: string
}

// Where each failure sends the user; SSO and session failures can only be fixed in ShipStation.
const NEXT_STEP: Record<string, NextStep | undefined> = {
  invalid_oauth_state: { href: '/usps/link', label: 'Link your business account' },
  usps_access_denied: { href: '/usps/link', label: 'Link your business account' },
  usps_token_rejected: { href: '/usps/link', label: 'Link your business account' },
  usps_link_expired: { href: '/usps/link', label: 'Link your business account' },
  peer_unavailable: { href: '/guidelines', label: 'Back to the guidelines' },
  usps_not_linked: { href: '/guidelines', label: 'Back to the guidelines' },
  invalid_status_transition: { href: '/status', label: 'See your connection status' },
  validation_failed: { href: '/guidelines', label: 'Back to the guidelines' },
}

/** A refused step, told as what failed and what to do next. */
export const ErrorPage: FC<{ error: SandboxError }> = ({ error }) => {
  const next = NEXT_STEP[error.code]
  return (
    <Page service="stamps" title={error.title}>
      <div class="card">
        <h1>{error.title}</h1>
        <p role="alert">{error.message}</p>
        {next ? (
          <p>
            <a href={next.href}>{next.label}</a>
          </p>
        ) : null}
      </div>
    </Page>
  )
}

/**
 * For routes whose failures are told on a page of their own, not beside a form's fields.
 *
 * @example
 * onFormError(c, errorPage)
 */
export const errorPage = (error: SandboxError) => <ErrorPage error={error} />
