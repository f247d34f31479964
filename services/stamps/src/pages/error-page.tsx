import { Page, type SandboxError, type SandboxErrorCode } from '@partner-sandbox/shared'
import type { FC } from 'hono/jsx'
import type { StampsErrorCode } from '../errors'

interface NextStep {
  href: string
  label: string
}

const LINK_USPS: NextStep = { href: '/usps/link', label: 'Link your business account' }
const GUIDELINES: NextStep = { href: '/guidelines', label: 'Back to the guidelines' }

// Where each failure sends the user; SSO and session failures can only be fixed in ShipStation.
const NEXT_STEP: Partial<Record<StampsErrorCode | SandboxErrorCode, NextStep>> = {
  invalid_oauth_state: LINK_USPS,
  usps_access_denied: LINK_USPS,
  usps_token_rejected: LINK_USPS,
  usps_unavailable: LINK_USPS,
  usps_link_expired: LINK_USPS,
  peer_unavailable: GUIDELINES,
  usps_not_linked: GUIDELINES,
  invalid_status_transition: { href: '/status', label: 'See your connection status' },
  validation_failed: GUIDELINES,
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
