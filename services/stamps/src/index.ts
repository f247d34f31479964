export { createApp, type StampsAppOptions } from './app'
export { DEFAULT_USPS_CLIENT, type UspsClientCredentials } from './deps'
export type { CopAccount, CopAccountView, UspsIdentifiers } from './domain/cop-account'
export { CopStatus } from './domain/cop-status'
export { ConnectionIdentifiers } from './domain/submit-identifiers'
export {
  InvalidOAuthStateError,
  InvalidSsoLinkError,
  InvalidStatusTransitionError,
  NoSessionError,
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
export { SESSION_COOKIE } from './lib/cop-session'
export { APPROVAL_PENDING_TEXT, APPROVED_TEXT } from './pages/status-banner'
