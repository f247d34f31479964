export type { SandboxContext, SandboxEnv, SandboxVariables } from './app-env'
export { BAD_PORTS, isBadPort } from './bad-ports'
export {
  type Clock,
  ClockChange,
  changeClock,
  DurationText,
  loadClock,
  parseDuration,
  type RealTime,
} from './clock'
export {
  ADMIN_TOKEN_MIN_LENGTH,
  configWarnings,
  DEFAULT_PORTS,
  parseSandboxConfig,
  type SandboxConfig,
  SERVICE_NAMES,
  type ServiceEndpoint,
} from './config'
export { ADMIN_COOKIE, controlAccess, isControlPath } from './control-access'
export { controlCredentialRoutes } from './control-credentials'
export { type ControlRoutesOptions, createControlRoutes } from './control-routes'
export { CookieJar } from './cookie-jar'
export { type ErrorFormat, errorFormat, onFormError } from './error-format'
export {
  CardDeclinedError,
  CardExpiredError,
  ConflictError,
  type ErrorStatus,
  type FieldError,
  ForbiddenError,
  InvalidTokenError,
  NotFoundError,
  PeerUnavailableError,
  SandboxError,
  type SandboxErrorCode,
  type SandboxErrorOptions,
  TokenReplayedError,
  UnauthorizedError,
  ValidationError,
} from './errors'
export {
  deliverPendingEvents,
  enqueueEvent,
  listEvents,
  PendingEvent,
  startEventPump,
} from './event-outbox'
export { type EventView, eventView } from './event-view'
export { formCsrf } from './form-csrf'
export {
  Checkbox,
  Field,
  type FieldProps,
  FormErrors,
  fieldMessage,
  Page,
  type PageProps,
} from './layout'
export { type ListeningService, type ListenOptions, listen } from './listen'
export { isLoopbackHost } from './loopback'
export { listMessages, type NewOutboxMessage, OutboxMessage, sendMessage } from './outbox'
export { hashPassword, NewPassword, verifyPassword } from './password'
export {
  assertCardUsable,
  CardCvc,
  CardDetails,
  CardExpiry,
  CardNumber,
  cardBrand,
  isCardExpired,
  isDeclinedTestCard,
  passesLuhn,
  TEST_CARDS,
} from './payment-card'
export { type FetchLike, type Peer, type ServiceName, urlOf } from './peer'
export { withAdminToken } from './peer-fetch'
export {
  handleError,
  handleNotFound,
  PROBLEM_CONTENT_TYPE,
  type Problem,
  problemOf,
  problemResponse,
} from './problem'
export {
  createSeededRandom,
  cryptoRandom,
  type RandomSource,
  randomDigits,
  secretToken,
} from './random'
export { MAX_BODY_BYTES, requestBodyLimit } from './request-body-limit'
export {
  closeOnSignal,
  httpPeers,
  openServiceStore,
  type RunningService,
  runService,
} from './run-service'
export { securityHeaders } from './security-headers'
export {
  createServiceApp,
  lazyServiceKeys,
  type PeerDirectory,
  type ServiceAppOptions,
  type ServiceOptions,
} from './service-app'
export {
  endSession,
  readSession,
  type SessionOptions,
  startSession,
  updateSession,
} from './session'
export {
  applySignedEvent,
  EVENT_TOKEN_TYPE,
  type ReceivedEvent,
  receiveSignedEvent,
  type SignEventOptions,
  SignedEventBody,
  type SignedEventOutcome,
  signEvent,
} from './signed-event'
export { createMemoryStore } from './store/memory-store'
export { createSqliteStore, type SqliteStoreOptions } from './store/sqlite-store'
export { type Store, SYSTEM_TENANT, type TenantStore } from './store/store'
export {
  DEFAULT_TENANT,
  TENANT_HEADER,
  TENANT_PARAM,
  TenantName,
  tenantMiddleware,
  withTenant,
} from './tenant'
export { type ControlCredential, credentialOf, tenantToken } from './tenant-token'
export {
  consumeTokenId,
  forgetTokenId,
  jwksOf,
  type KeySet,
  loadServiceKeys,
  peerKeySet,
  rememberTokenId,
  type ServiceKeys,
  type ServiceTokenPayload,
  type SignTokenOptions,
  signServiceToken,
  type VerifyTokenOptions,
  verifyServiceToken,
} from './tokens'
export {
  USPS_ERROR,
  USPS_ERROR_MESSAGE,
  type UspsErrorCodeValue,
  type UspsErrorName,
  uspsErrorMessage,
} from './usps-error-codes'
export { parseInput, readBody, wantsJson } from './validation'
