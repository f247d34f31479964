import {
  type ErrorStatus,
  SandboxError,
  type SandboxErrorOptions,
  type UspsErrorCodeValue,
  uspsErrorMessage,
} from '@partner-sandbox/shared'

/** The stable codes of USPS's own failures (problem+json `code`; the API formats carry their own). */
export const ERROR_CODES = [
  'oauth_error',
  'usps_api_error',
  'registration_expired',
  'validation_link_used',
  'mfa_restart',
  'mfa_resend_limit',
  'epa_state_conflict',
  'nsa_link_state_conflict',
  'nsa_approval_blocked',
  'epa_required',
  'unique_number_exhausted',
  'sign_in_locked',
] as const
export type UspsErrorCode = (typeof ERROR_CODES)[number]

/** What each code means, for the /docs page; a Record, so a new code cannot go unlisted. */
export const ERROR_CODE_MEANINGS: Record<UspsErrorCode, string> = {
  oauth_error:
    'an OAuth failure: the OAuth endpoints answer it as RFC 6749 `{error, error_description}`',
  usps_api_error: "a USPS APIs v3 failure: answered in USPS's envelope with the codes above",
  registration_expired: 'the emailed validation link or code is older than 10 minutes',
  validation_link_used: 'the emailed validation link was used already (single use)',
  mfa_restart: 'the sign-in code challenge ended (expired, or 5 wrong codes): sign in again',
  mfa_resend_limit:
    '"Resend code" was used 3 times in this sign-in (429); the newest code still works',
  epa_state_conflict: 'a payment account (EPA) step its current state does not allow (409)',
  nsa_link_state_conflict: 'an NSA link step its state does not allow, e.g. approving twice (409)',
  nsa_approval_blocked:
    'the representative cannot approve yet: the EPA is not Active, e.g. ACH pending (409)',
  epa_required:
    'Auctane asked for an account with no Enterprise Payment Account (USPS 100003, 409)',
  unique_number_exhausted: 'no free CRID, MID or EPS number was found (500)',
  sign_in_locked: '5 wrong passwords, or too many unfinished sign-ins: locked for 30 minutes (429)',
}

/** Base of every failure the USPS fake raises on purpose. */
export class UspsError extends SandboxError {
  declare readonly code: UspsErrorCode

  constructor(
    code: UspsErrorCode,
    status: ErrorStatus,
    title: string,
    detail: string,
    options: SandboxErrorOptions = {},
  ) {
    super(code, status, title, detail, options)
  }
}

/** The RFC 6749 `error` values the token, revoke and authorize endpoints answer. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'unsupported_response_type'
  | 'invalid_scope'
  | 'access_denied'

/** An OAuth failure, rendered as `{error, error_description}` (RFC 6749 5.2), never problem+json. */
export class OAuthError extends UspsError {
  readonly oauthError: OAuthErrorCode

  constructor(error: OAuthErrorCode, description: string, options: { cause?: unknown } = {}) {
    super('oauth_error', error === 'invalid_client' ? 401 : 400, error, description, options)
    this.oauthError = error
  }
}

/** One entry of USPS's `error.errors[]` envelope. */
export interface UspsErrorItem {
  status: string
  code: string
  title: string
  detail: string
  source?: { parameter: string }
}

/**
 * A Payments API failure, rendered in USPS's own envelope (`{apiVersion, error: {...}}`); `title`
 * holds USPS's `error.message` (BAD_REQUEST, FORBIDDEN, UNAUTHORIZED).
 */
export class UspsApiError extends UspsError {
  readonly items: UspsErrorItem[]

  constructor(status: ErrorStatus, message: string, items: UspsErrorItem[]) {
    super('usps_api_error', status, message, items[0]?.detail ?? message)
    this.items = items
  }

  /**
   * 400 BAD_REQUEST with USPS error codes such as 160228 or 100001; `parameter` names the field
   * (the Payments API's roles when omitted).
   */
  static badRequest(items: { code: string; detail: string; parameter?: string }[]): UspsApiError {
    return new UspsApiError(
      400,
      'BAD_REQUEST',
      items.map((i) => ({
        status: '400',
        code: i.code,
        title: 'BAD_REQUEST',
        detail: i.detail,
        source: { parameter: i.parameter ?? 'roles' },
      })),
    )
  }

  /** One published USPS code with USPS's own message (`value` fills its `%s`). */
  static ofCode(code: UspsErrorCodeValue, parameter: string, value = ''): UspsApiError {
    return UspsApiError.badRequest([{ code, detail: uspsErrorMessage(code, value), parameter }])
  }

  static forbidden(detail: string): UspsApiError {
    return new UspsApiError(403, 'FORBIDDEN', [
      { status: '403', code: '403', title: 'FORBIDDEN', detail, source: { parameter: 'roles' } },
    ])
  }

  static unauthorized(detail: string): UspsApiError {
    return new UspsApiError(401, 'UNAUTHORIZED', [
      { status: '401', code: '401', title: 'UNAUTHORIZED', detail },
    ])
  }
}

/** The emailed validation link or code is past its 10 minutes. */
export class RegistrationExpiredError extends UspsError {
  constructor(detail: string) {
    super('registration_expired', 400, 'Validation expired', detail)
  }
}

/** The emailed validation link was used already: links are single use. */
export class ValidationLinkUsedError extends UspsError {
  constructor(detail: string) {
    super('validation_link_used', 400, 'Validation link already used', detail)
  }
}

/** The MFA challenge is gone (expired or too many wrong codes): the user signs in again. */
export class MfaRestartError extends UspsError {
  constructor(detail: string) {
    super('mfa_restart', 400, 'Sign in again', detail, {
      fieldErrors: [{ field: 'code', message: detail }],
    })
  }
}

/** "Resend code" was used as often as one challenge allows; the last code still works. */
export class MfaResendLimitError extends UspsError {
  constructor(limit: number) {
    super(
      'mfa_resend_limit',
      429,
      'No more new codes',
      `You have asked for a new code ${limit} times, the most one sign-in allows. Enter the newest code from your email, or sign in again to start over.`,
    )
  }
}

/** Too many failed sign-ins: the account (known or not) is locked for a while. */
export class SignInLockedError extends UspsError {
  constructor(detail: string) {
    super('sign_in_locked', 429, 'Sign-in locked', detail, {
      fieldErrors: [{ field: 'password', message: detail }],
    })
  }
}

/** A payment-account (EPA) step that its current state does not allow. */
export class EpaStateError extends UspsError {
  constructor(detail: string) {
    super('epa_state_conflict', 409, 'Payment account state conflict', detail)
  }
}

/** An NSA link step its current state does not allow (e.g. approving twice). */
export class NsaLinkStateError extends UspsError {
  constructor(detail: string) {
    super('nsa_link_state_conflict', 409, 'NSA link state conflict', detail)
  }
}

/** The representative cannot approve yet: the customer's EPA is not Active (e.g. ACH pending). */
export class NsaApprovalBlockedError extends UspsError {
  constructor(detail: string) {
    super('nsa_approval_blocked', 409, 'Approval not possible yet', detail)
  }
}

/**
 * An NSA partner (Auctane) asked for access to an account with no Enterprise Payment Account:
 * USPS's 100003. `uspsCode` is the USPS code the page and the API answer carry.
 */
export class EpaRequiredError extends UspsError {
  readonly uspsCode: string

  constructor(uspsCode: string, detail: string) {
    super('epa_required', 409, 'Payment account required', detail)
    this.uspsCode = uspsCode
  }
}

/** No free number was found for a CRID, MID or EPS number after `attempts` draws. */
export class UniqueNumberExhaustedError extends UspsError {
  constructor(collection: string, attempts: number) {
    super(
      'unique_number_exhausted',
      500,
      'No free number',
      `Could not find a free number in ${collection} after ${attempts} tries.`,
    )
  }
}
