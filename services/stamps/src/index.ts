export { createApp, type StampsAppOptions } from './app'
export type { UspsClientCredentials } from './clients/usps-token-client'
export type { CopAccount, CopAccountView, UspsIdentifiers } from './domain/cop-account'
export { CopStatus } from './domain/cop-status'
export { ConnectionIdentifiers } from './domain/submit-identifiers'
export {
  ERROR_CODES,
  FixtureFailedError,
  InvalidOAuthStateError,
  InvalidSsoLinkError,
  InvalidStatusTransitionError,
  NoSessionError,
  SsoChoiceExpiredError,
  StampsError,
  type StampsErrorCode,
  UnknownEventError,
  UspsAccessDeniedError,
  UspsLinkExpiredError,
  UspsNotLinkedError,
  UspsTokenRejectedError,
  UspsVerificationError,
} from './errors'
export type { ConnectionView } from './lib/connection-view'
export { SESSION_COOKIE } from './lib/session'
export { APPROVAL_PENDING_TEXT, APPROVED_TEXT } from './pages/status-banner'
export { DEFAULT_USPS_CLIENT } from './runtime'
