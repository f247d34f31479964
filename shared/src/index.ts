export { type ApiDocsOptions, apiDocsRoutes } from './api-docs-routes'
export type { SandboxContext, SandboxEnv, SandboxVariables } from './app-env'
export { BAD_PORTS, isBadPort } from './bad-ports'
export {
  type Clock,
  ClockChange,
  ClockState,
  changeClock,
  clockOf,
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
export { CALLER_HEADER, callerPeers } from './edge/caller-peers'
export { type SandboxEdgeOptions, sandboxEdge } from './edge/sandbox-edge'
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
  type DeliverOptions,
  deliverEventNow,
  deliverPendingEvents,
  type EventDelivery,
  redeliverEvent,
  sendEvent,
} from './event-delivery'
export {
  DeliveryAnswer,
  EVENT_RETRY_POLICY,
  enqueueEvent,
  listEvents,
  type NewEvent,
  PendingEvent,
} from './event-outbox'
export { type EventPumpOptions, startEventPump } from './event-pump'
export { type EventView, eventView } from './event-view'
export { type EdgeFaultInput, type Fault, takeFaultFlag } from './faults/fault'
export { type CatalogueEntry, FAULT_CATALOGUE, REP_REJECTS_REASON } from './faults/fault-catalogue'
export { formCsrf } from './form-csrf'
export { Checkbox, Field, type FieldProps, FormErrors, fieldMessage } from './form-fields'
export { HeaderLinks, type HeaderLinksProps } from './header-links'
export {
  type Caller,
  createJournal,
  JOURNAL_LIMIT,
  type Journal,
  type JournalEntry,
} from './journal/journal'
export {
  journalArrows,
  PARTY_LABELS,
  type SequenceArrow,
  SequenceDiagram,
} from './journal/sequence-diagram'
export { type ListeningService, type ListenOptions, listen } from './listen'
export { isLoopbackHost } from './loopback'
export {
  type ApiOperation,
  type ApiResponse,
  type HttpMethod,
  type JsonSchema,
  jsonSchemaOf,
  type OpenApiDocument,
  type OpenApiDocumentOptions,
  openApiDocument,
  openApiPath,
  openApiPaths,
  ProblemSchema,
  problemAnswer,
} from './openapi'
export { CONTROL_OPERATIONS, controlRoutesOf, looseOperation } from './openapi-control'
export { listMessages, type NewOutboxMessage, OutboxMessage, sendMessage } from './outbox'
export { Page, type PageProps } from './page'
export { parseInput } from './parse-input'
export {
  DEFAULT_PASSWORD_COST,
  hashPassword,
  NewPassword,
  PasswordCost,
  verifyPassword,
} from './password'
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
export { type KeySet, ownKeySet, peerKeySet } from './peer-key-set'
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
export { readBody } from './read-body'
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
export { jwksOf, loadServiceKeys, type ServiceKeys } from './service-keys'
export {
  endSession,
  readSession,
  type SessionOptions,
  startSession,
  updateSession,
} from './session'
export {
  clearSignInFailures,
  lockedUntil,
  lockoutKey,
  lockoutMessage,
  MAX_FAILED_SIGN_INS,
  MAX_SIGN_IN_CHALLENGES,
  recordChallengeStart,
  recordFailedSignIn,
  SIGN_IN_LOCKOUT_MINUTES,
  verifyDummyPassword,
} from './sign-in-lockout'
export { type SignTokenOptions, signServiceToken } from './sign-service-token'
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
export { putRecords } from './store/put-records'
export { createSqliteStore, type SqliteStoreOptions } from './store/sqlite-store'
export { type Store, type StoredRecord, SYSTEM_TENANT, type TenantStore } from './store/store'
export { tenantMemo } from './store/write-generation'
export {
  DEFAULT_TENANT,
  TENANT_HEADER,
  TENANT_PARAM,
  TenantName,
  tenantMiddleware,
  withTenant,
} from './tenant'
export { type ControlCredential, credentialOf, tenantToken } from './tenant-token'
export { consumeTokenId, forgetTokenId, rememberTokenId } from './token-replay'
export {
  USPS_ERROR,
  USPS_ERROR_MESSAGE,
  type UspsErrorCodeValue,
  type UspsErrorName,
  uspsErrorMessage,
} from './usps-error-codes'
export {
  type ServiceTokenPayload,
  type VerifyTokenOptions,
  verifyServiceToken,
} from './verify-service-token'
export { wantsJson } from './wants-json'
export { CLOCK_SYNC_PATH, syncClockToPeers } from './world/clock-sync'
export type { PeerOutcome, SandboxWorld } from './world/sandbox-world'
export { SnapshotName, type SnapshotSummary } from './world/snapshots'
