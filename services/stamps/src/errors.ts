import { type ErrorStatus, SandboxError, type SandboxErrorOptions } from '@partner-sandbox/shared'

/** Stable codes of the failures only Stamps.com raises. */
export const ERROR_CODES = [
  'no_session',
  'invalid_sso_link',
  'invalid_oauth_state',
  'usps_access_denied',
  'usps_token_rejected',
  'usps_unavailable',
  'usps_not_linked',
  'usps_link_expired',
  'usps_verification_failed',
  'invalid_status_transition',
  'unknown_event',
] as const
export type StampsErrorCode = (typeof ERROR_CODES)[number]

/** Base of this service's errors: a stable code, the HTTP status and what to do next. */
export class StampsError extends SandboxError {
  constructor(
    code: StampsErrorCode,
    status: ErrorStatus,
    title: string,
    detail: string,
    options?: SandboxErrorOptions,
  ) {
    super(code, status, title, detail, options)
  }
}

/** A COP page was opened without the session that SSO from ShipStation starts. */
export class NoSessionError extends StampsError {
  constructor() {
    super(
      'no_session',
      401,
      'Not signed in',
      'Open this page from ShipStation: click See Instructions.',
    )
  }
}

/** The `sso+jwt` from ShipStation is missing, forged, expired, replayed or for another tenant. */
export class InvalidSsoLinkError extends StampsError {
  readonly reason: string
  constructor(reason: string, options?: SandboxErrorOptions) {
    super(
      'invalid_sso_link',
      401,
      'Sign-in link not valid',
      `This sign-in link is not valid: ${reason}. Click See Instructions in ShipStation again to get a new link.`,
      options,
    )
    this.reason = reason
  }
}

/** The OAuth `state` coming back from USPS is unknown, used, expired or someone else's. */
export class InvalidOAuthStateError extends StampsError {
  constructor(reason: string) {
    super(
      'invalid_oauth_state',
      400,
      'USPS sign-in response not valid',
      `This response from USPS cannot be used: ${reason}. Click Link your business account to try again.`,
    )
  }
}

/** The user pressed Cancel on the USPS consent screen, or USPS refused the authorization. */
export class UspsAccessDeniedError extends StampsError {
  constructor(detail: string) {
    super('usps_access_denied', 400, 'USPS access not granted', detail)
  }
}

/** USPS answered the token endpoint with an RFC 6749 error. */
export class UspsTokenRejectedError extends StampsError {
  readonly uspsError: string
  constructor(uspsError: string, description: string | undefined, status: ErrorStatus) {
    super(
      'usps_token_rejected',
      status,
      'USPS refused the authorization',
      `USPS refused the authorization (${uspsError})${description ? `: ${description}` : ''}. Click Link your business account to try again.`,
    )
    this.uspsError = uspsError
  }
}

/** USPS answered the token endpoint with a 5xx or `temporarily_unavailable`: try again later. */
export class UspsUnavailableError extends StampsError {
  constructor(options?: SandboxErrorOptions) {
    super(
      'usps_unavailable',
      503,
      'USPS is temporarily unavailable',
      'USPS is temporarily unavailable, so your USPS business account is not linked yet. Nothing was lost: wait a moment, then click Link your business account to try again.',
      options,
    )
  }
}

/** The CRID/MID/EPS form needs a USPS account linked through OAuth first. */
export class UspsNotLinkedError extends StampsError {
  constructor() {
    super(
      'usps_not_linked',
      409,
      'USPS business account not linked',
      'Link your USPS business account first: go back to the guidelines and click Link your business account.',
    )
  }
}

/** The stored USPS tokens can no longer be used (refresh refused). */
export class UspsLinkExpiredError extends StampsError {
  constructor(detail: string) {
    super(
      'usps_link_expired',
      409,
      'USPS authorization expired',
      `${detail} Click Link your business account to sign in to USPS again.`,
    )
  }
}

/** USPS's Payments API refused the CRID/MID/EPS combination; `uspsCode` is USPS's own code. */
export class UspsVerificationError extends StampsError {
  readonly uspsCode: string
  constructor(uspsCode: string, detail: string, hint: string) {
    super(
      'usps_verification_failed',
      422,
      'USPS could not verify these details',
      `USPS could not verify these details (${uspsCode}): ${detail} ${hint}`,
    )
    this.uspsCode = uspsCode
  }
}

/** A COP status change the onboarding flow does not allow. */
export class InvalidStatusTransitionError extends StampsError {
  readonly from: string
  readonly to: string
  constructor(from: string, to: string, detail: string) {
    super('invalid_status_transition', 409, 'Step not possible now', detail)
    this.from = from
    this.to = to
  }
}

/** A signed event this service does not handle. */
export class UnknownEventError extends StampsError {
  constructor(event: string) {
    super(
      'unknown_event',
      422,
      'Unknown event',
      `Stamps.com does not handle the event "${event}"; it accepts "nsa_link.approved".`,
    )
  }
}
