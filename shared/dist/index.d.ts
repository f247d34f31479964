import { Context, Hono, MiddlewareHandler } from 'hono'
import * as hono_hono_base from 'hono/hono-base'
import { Child, FC, PropsWithChildren } from 'hono/jsx'
import { JSX } from 'hono/jsx/jsx-runtime'
import * as hono_utils_http_status from 'hono/utils/http-status'
import { ContentfulStatusCode } from 'hono/utils/http-status'
import { JWK, JWTPayload, JWTVerifyGetKey } from 'jose'
import { z } from 'zod'

/**
 * The one door to state. Every service keeps sessions, replay caches, outboxes and domain records
 * behind this interface so a PostgreSQL implementation can replace SQLite without touching callers.
 * Methods are async even where SQLite is synchronous for that reason.
 */
interface Store {
  /** The tenant-bound view that request handlers and domain functions use. */
  forTenant(tenant: string): TenantStore
  /** Tenants that hold any record, for background work such as event delivery. */
  listTenants(): Promise<string[]>
  close(): Promise<void>
}
interface TenantStore {
  readonly tenant: string
  get<T>(collection: string, id: string): Promise<T | undefined>
  /** Insert or replace. */
  put<T>(collection: string, id: string, value: T): Promise<void>
  /** Insert only when absent; false when the id exists. The primitive behind single-use tokens. */
  insert<T>(collection: string, id: string, value: T): Promise<boolean>
  /**
   * Atomic read-modify-write of one record. `change` receives the current value (or undefined) and
   * returns the new one; returning undefined deletes it. Resolves to what was written.
   */
  update<T>(
    collection: string,
    id: string,
    change: (current: T | undefined) => T | undefined,
  ): Promise<T | undefined>
  /** true when a record was deleted. */
  delete(collection: string, id: string): Promise<boolean>
  /** Every record of a collection, oldest first. */
  list<T>(collection: string): Promise<T[]>
  /** Drops every record of this tenant. */
  clear(): Promise<void>
}
/** Tenant name used for records that belong to the service itself, such as its signing key. */
declare const SYSTEM_TENANT = '__system'

/** What domain code receives instead of calling Date.now(). */
interface Clock {
  now(): Date
}
/** The real time source the virtual clocks are offset from; injectable so tests freeze it. */
type RealTime = () => number
declare const DurationText: z.ZodString
declare const ClockChange: z.ZodUnion<
  readonly [
    z.ZodObject<
      {
        advance: z.ZodString
      },
      z.core.$strict
    >,
    z.ZodObject<
      {
        set: z.ZodISODateTime
      },
      z.core.$strict
    >,
  ]
>
type ClockChange = z.infer<typeof ClockChange>
/** "48h" -> 172800000. */
declare function parseDuration(text: string): number
/**
 * Loads a tenant's virtual clock: real time plus the tenant's stored offset. The offset lives in the
 * store so every replica and every restart sees the same jump.
 *
 * @example
 * const clock = await loadClock(store.forTenant('t1'), Date.now)
 * clock.now()
 */
declare function loadClock(store: TenantStore, realTime: RealTime): Promise<Clock>
/** Applies `{advance}` or `{set}`; a clock never moves backwards past real time by accident. */
declare function changeClock(
  store: TenantStore,
  realTime: RealTime,
  change: ClockChange,
): Promise<Clock>

/** The HTTP statuses an error can answer with (those that carry a body). */
type ErrorStatus = ContentfulStatusCode
/** Stable codes of the failures every service shares; services add their own in their errors.ts. */
type SandboxErrorCode =
  | 'validation_failed'
  | 'not_found'
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'
  | 'invalid_token'
  | 'token_replayed'
  | 'peer_unavailable'
  | 'internal_error'
  | 'http_error'
  | 'card_expired'
  | 'card_declined'
  | (string & {})
interface FieldError {
  /** Dotted path of the offending field, '' for the whole input. */
  field: string
  message: string
}
interface SandboxErrorOptions {
  cause?: unknown
  fieldErrors?: FieldError[]
}
/**
 * Base of every error a service raises on purpose. Rendered in one place (`handleError`): APIs get
 * RFC 9457 problem+json (or the wire format their route group set), HTML forms get the message
 * beside the field. `name` is the subclass's own name, derived here once.
 */
declare class SandboxError extends Error {
  readonly code: SandboxErrorCode
  readonly status: ErrorStatus
  readonly title: string
  readonly fieldErrors: FieldError[]
  constructor(
    code: SandboxErrorCode,
    status: ErrorStatus,
    title: string,
    detail: string,
    options?: SandboxErrorOptions,
  )
}
declare class ValidationError extends SandboxError {
  constructor(detail: string, fieldErrors: FieldError[], options?: SandboxErrorOptions)
  /** One-field failure, for rules checked after parsing (e.g. an unknown promo code). */
  static forField(field: string, message: string): ValidationError
}
declare const NotFoundError_base: {
  new (
    detail: string,
    options?: SandboxErrorOptions,
  ): {
    readonly code: SandboxErrorCode
    readonly status: ErrorStatus
    readonly title: string
    readonly fieldErrors: FieldError[]
    name: string
    message: string
    stack?: string
    cause?: unknown
  }
  captureStackTrace(targetObject: object, constructorOpt?: Function): void
  prepareStackTrace(err: Error, stackTraces: NodeJS.CallSite[]): any
  stackTraceLimit: number
}
declare class NotFoundError extends NotFoundError_base {}
declare const UnauthorizedError_base: {
  new (
    detail: string,
    options?: SandboxErrorOptions,
  ): {
    readonly code: SandboxErrorCode
    readonly status: ErrorStatus
    readonly title: string
    readonly fieldErrors: FieldError[]
    name: string
    message: string
    stack?: string
    cause?: unknown
  }
  captureStackTrace(targetObject: object, constructorOpt?: Function): void
  prepareStackTrace(err: Error, stackTraces: NodeJS.CallSite[]): any
  stackTraceLimit: number
}
declare class UnauthorizedError extends UnauthorizedError_base {}
declare const ForbiddenError_base: {
  new (
    detail: string,
    options?: SandboxErrorOptions,
  ): {
    readonly code: SandboxErrorCode
    readonly status: ErrorStatus
    readonly title: string
    readonly fieldErrors: FieldError[]
    name: string
    message: string
    stack?: string
    cause?: unknown
  }
  captureStackTrace(targetObject: object, constructorOpt?: Function): void
  prepareStackTrace(err: Error, stackTraces: NodeJS.CallSite[]): any
  stackTraceLimit: number
}
declare class ForbiddenError extends ForbiddenError_base {}
declare const ConflictError_base: {
  new (
    detail: string,
    options?: SandboxErrorOptions,
  ): {
    readonly code: SandboxErrorCode
    readonly status: ErrorStatus
    readonly title: string
    readonly fieldErrors: FieldError[]
    name: string
    message: string
    stack?: string
    cause?: unknown
  }
  captureStackTrace(targetObject: object, constructorOpt?: Function): void
  prepareStackTrace(err: Error, stackTraces: NodeJS.CallSite[]): any
  stackTraceLimit: number
}
declare class ConflictError extends ConflictError_base {}
declare const InvalidTokenError_base: {
  new (
    detail: string,
    options?: SandboxErrorOptions,
  ): {
    readonly code: SandboxErrorCode
    readonly status: ErrorStatus
    readonly title: string
    readonly fieldErrors: FieldError[]
    name: string
    message: string
    stack?: string
    cause?: unknown
  }
  captureStackTrace(targetObject: object, constructorOpt?: Function): void
  prepareStackTrace(err: Error, stackTraces: NodeJS.CallSite[]): any
  stackTraceLimit: number
}
declare class InvalidTokenError extends InvalidTokenError_base {}
declare const TokenReplayedError_base: {
  new (
    detail: string,
    options?: SandboxErrorOptions,
  ): {
    readonly code: SandboxErrorCode
    readonly status: ErrorStatus
    readonly title: string
    readonly fieldErrors: FieldError[]
    name: string
    message: string
    stack?: string
    cause?: unknown
  }
  captureStackTrace(targetObject: object, constructorOpt?: Function): void
  prepareStackTrace(err: Error, stackTraces: NodeJS.CallSite[]): any
  stackTraceLimit: number
}
declare class TokenReplayedError extends TokenReplayedError_base {}
declare const PeerUnavailableError_base: {
  new (
    detail: string,
    options?: SandboxErrorOptions,
  ): {
    readonly code: SandboxErrorCode
    readonly status: ErrorStatus
    readonly title: string
    readonly fieldErrors: FieldError[]
    name: string
    message: string
    stack?: string
    cause?: unknown
  }
  captureStackTrace(targetObject: object, constructorOpt?: Function): void
  prepareStackTrace(err: Error, stackTraces: NodeJS.CallSite[]): any
  stackTraceLimit: number
}
declare class PeerUnavailableError extends PeerUnavailableError_base {}
declare class CardExpiredError extends SandboxError {
  constructor(expiry: string)
}
declare class CardDeclinedError extends SandboxError {
  constructor()
}

/**
 * How a group of routes puts a SandboxError on the wire. Fakes of real APIs answer in that API's
 * own format (OAuth's `{error, error_description}`, USPS's envelope, ShipStation v2's `errors[]`);
 * without one, `handleError` answers RFC 9457 problem+json.
 */
type ErrorFormat = (error: SandboxError, c: SandboxContext) => Response | Promise<Response>
/**
 * Middleware: errors of the routes it covers are rendered by `format` (still from the one
 * `app.onError`, so unknown errors are logged and masked the same way everywhere).
 *
 * @example
 * app.use('/payments/v3/*', errorFormat(uspsEnvelope))
 */
declare function errorFormat(format: ErrorFormat): MiddlewareHandler<SandboxEnv>
/**
 * For an HTML form route, before it calls the domain: when the domain refuses the input, browsers
 * get `render(error)` (the form again, the message beside its field) with the error's status; API
 * clients still get the route group's format.
 *
 * @example
 * onFormError(c, (error) => <SignInPage values={body} error={error} />)
 */
declare function onFormError(
  c: SandboxContext,
  render: (error: SandboxError) => JSX.Element | Promise<JSX.Element>,
): void

/** What the tenant middleware puts on every request's context. */
interface SandboxVariables {
  tenant: string
  store: TenantStore
  clock: Clock
  /**
   * Set by an HTML form route before it calls the domain: how to re-render the form when the
   * domain refuses the input. `handleError` calls it for browsers; API clients get problem+json.
   */
  renderFormError?: (error: SandboxError) => Response | Promise<Response>
  /** Set by `errorFormat()` for routes that answer in a real API's wire format. */
  errorFormat?: ErrorFormat
}
interface SandboxEnv {
  Variables: SandboxVariables
}
type SandboxContext = Context<SandboxEnv>
declare module 'hono' {
  interface ContextVariableMap extends SandboxVariables {}
}

/** The three services of the sandbox. */
type ServiceName = 'shipstation' | 'stamps' | 'usps'
type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>
/**
 * How a service reaches another one: the public base URL (used in browser redirects and as the
 * token issuer) and the fetch that carries back-channel calls. Over real ports `fetch` is the global
 * one; in-process it calls the other app's `fetch` directly, with no socket.
 */
interface Peer {
  name: ServiceName
  baseUrl: string
  fetch: FetchLike
}
/** Absolute URL of `path` on a peer (or on ourselves). */
declare function urlOf(baseUrl: string, path: string): string

declare const DEFAULT_PORTS: Record<ServiceName, number>
declare const SERVICE_NAMES: readonly ServiceName[]
interface ServiceEndpoint {
  port: number
  host: string
  /** How browsers and the other services reach this one. */
  publicUrl: string
}
interface SandboxConfig {
  services: Record<ServiceName, ServiceEndpoint>
  /** 'sqlite' keeps state in `<dataDir>/<service>.sqlite'; 'memory' forgets it on exit. */
  store: 'sqlite' | 'memory'
  dataDir: string
}
/**
 * Reads the sandbox configuration from the environment, once, at start-up. Every field has a
 * default; a bad value stops start-up with a message naming the variable.
 *
 * @example
 * const config = parseSandboxConfig(process.env)
 * config.services.usps.publicUrl // 'http://127.0.0.1:4200'
 */
declare function parseSandboxConfig(
  env: Record<string, string | undefined>,
): Readonly<SandboxConfig>

interface ControlRoutesOptions {
  service: ServiceName
  realTime: RealTime
  /** Runs after a reset, e.g. to seed the promo code again. */
  afterReset?: (c: SandboxContext) => Promise<void>
}
/**
 * The control API every service shares, mounted at `/__sandbox`: health, outbox, clock, reset and
 * the signed events waiting to be delivered. Services add their own routes beside these.
 *
 * @example
 * app.route('/__sandbox', createControlRoutes({ service: 'usps', realTime: Date.now }))
 */
declare function createControlRoutes({
  service,
  realTime,
  afterReset,
}: ControlRoutesOptions): hono_hono_base.HonoBase<
  SandboxEnv,
  {
    '/health': {
      $get: {
        input: {}
        output: {
          status: string
          service: ServiceName
        }
        outputFormat: 'json'
        status: hono_utils_http_status.ContentfulStatusCode
      }
    }
  } & {
    '/outbox': {
      $get: {
        input: {}
        output: {}
        outputFormat: string
        status: hono_utils_http_status.StatusCode
      }
    }
  } & {
    '/clock': {
      $get: {
        input: {}
        output: {
          now: string
          tenant: string
        }
        outputFormat: 'json'
        status: hono_utils_http_status.ContentfulStatusCode
      }
    }
  } & {
    '/clock': {
      $post: {
        input: {}
        output: {
          now: string
          tenant: string
        }
        outputFormat: 'json'
        status: hono_utils_http_status.ContentfulStatusCode
      }
    }
  } & {
    '/reset': {
      $post: {
        input: {}
        output: {
          status: string
          service: ServiceName
          tenant: string
        }
        outputFormat: 'json'
        status: hono_utils_http_status.ContentfulStatusCode
      }
    }
  } & {
    '/events': {
      $get: {
        input: {}
        output: {
          id: string
          peer: 'shipstation' | 'stamps' | 'usps'
          path: string
          token: string
          createdAt: string
          attempts: number
          status: 'pending' | 'delivered' | 'rejected'
          lastError?: string | undefined
        }[]
        outputFormat: 'json'
        status: hono_utils_http_status.ContentfulStatusCode
      }
    }
  },
  '/',
  '/events'
>

/**
 * The cookies of one scripted browser (a scenario run, a test client), keyed by origin and name. Simpler than a browser's (no paths,
 * domains or expiry dates beyond deletion) because each sandbox service is its own origin and sets
 * its cookies on `/`.
 */
declare class CookieJar {
  #private
  /** Keeps the cookies a response sets; `Max-Age=0` or a past `Expires` deletes one. */
  store(url: string, headers: Headers): void
  /** The `Cookie` header to send to `url`, or undefined when the jar holds none for it. */
  headerFor(url: string): string | undefined
  /** One cookie's value for `url`'s origin. */
  valueOf(url: string, name: string): string | undefined
  /** Forgets one origin's cookies, or all of them: like signing out by clearing the browser. */
  clear(origin?: string): void
}

/** A signed event waiting to reach another service (transactional outbox). */
declare const PendingEvent: z.ZodObject<
  {
    id: z.ZodString
    peer: z.ZodEnum<{
      shipstation: 'shipstation'
      stamps: 'stamps'
      usps: 'usps'
    }>
    path: z.ZodString
    token: z.ZodString
    createdAt: z.ZodString
    attempts: z.ZodNumber
    status: z.ZodEnum<{
      pending: 'pending'
      delivered: 'delivered'
      rejected: 'rejected'
    }>
    lastError: z.ZodOptional<z.ZodString>
  },
  z.core.$strip
>
type PendingEvent = z.infer<typeof PendingEvent>
/**
 * Records an event to deliver. The caller commits its own state change first, then enqueues, then
 * calls deliverPendingEvents: a crash in between leaves the event pending, never lost.
 */
declare function enqueueEvent(
  store: TenantStore,
  clock: Clock,
  event: {
    peer: ServiceName
    path: string
    token: string
  },
): Promise<PendingEvent>
/**
 * Tries every pending event once: 2xx delivers it, 4xx means the peer refused it for good, anything
 * else (network error, 5xx) keeps it pending for the next try. Receivers dedupe by `jti`, so a
 * delivery retried after a lost answer is harmless.
 */
declare function deliverPendingEvents(
  store: TenantStore,
  peers: Record<ServiceName, Peer>,
): Promise<PendingEvent[]>
declare function listEvents(store: TenantStore): Promise<PendingEvent[]>
/**
 * Retries undelivered events of every tenant on a timer (the HTTP entry points start it; in-process
 * sandboxes deliver inline and need none). Returns a stop function.
 */
declare function startEventPump(
  store: Store,
  peers: Record<ServiceName, Peer>,
  intervalMs?: number,
): () => void

interface FieldProps {
  label: string
  name: string
  type?: 'text' | 'email' | 'password' | 'tel' | 'number'
  value?: string
  errors?: FieldError[]
  autocomplete?: string
  required?: boolean
  hint?: string
  inputmode?: 'numeric' | 'text' | 'email' | 'tel'
}
/** A labelled input with its error message beside it, so people and tests find it by its label. */
declare const Field: FC<FieldProps>
interface CheckboxProps {
  label: string
  name: string
  checked?: boolean
  errors?: FieldError[]
}
declare const Checkbox: FC<CheckboxProps>
/**
 * The form-level message: errors about fields the form does not show, or the error's own message
 * when it names no field. Field errors shown beside their inputs are not repeated here.
 */
declare const FormErrors: FC<{
  error?: {
    message: string
    fieldErrors: FieldError[]
  }
  fields?: string[]
}>
declare function fieldMessage(errors: FieldError[] | undefined, name: string): string | undefined

interface HeaderLinksProps {
  /** `[href, text]` pairs, in the order the header shows them. */
  links: readonly (readonly [string, string])[]
  /** The sign-out button: a POST form, so a link prefetch can never sign anyone out. */
  signOut?: {
    action: string
    label: string
  }
}
/**
 * A service's header navigation: links, then an optional sign-out button styled as a link.
 *
 * @example
 * <HeaderLinks links={[['/dashboard', 'Dashboard']]} signOut={{ action: '/logout', label: 'Log out' }} />
 */
declare const HeaderLinks: FC<HeaderLinksProps>

interface ListeningService {
  /** e.g. http://127.0.0.1:4200 (the bound port, so port 0 works in tests). */
  url: string
  port: number
  close(): Promise<void>
}
interface ListenOptions {
  fetch: (request: Request) => Response | Promise<Response>
  port: number
  host: string
}
/**
 * Serves a fetch handler with @hono/node-server and resolves once the port is bound.
 *
 * @example
 * const server = await listen({ fetch: app.fetch, port: 4200, host: '127.0.0.1' })
 * await server.close()
 */
declare function listen({ fetch, port, host }: ListenOptions): Promise<ListeningService>

declare const OutboxMessage: z.ZodObject<
  {
    id: z.ZodString
    at: z.ZodString
    channel: z.ZodEnum<{
      email: 'email'
      sms: 'sms'
    }>
    to: z.ZodString
    subject: z.ZodString
    text: z.ZodString
    code: z.ZodOptional<z.ZodString>
    link: z.ZodOptional<z.ZodString>
  },
  z.core.$strip
>
type OutboxMessage = z.infer<typeof OutboxMessage>
type NewOutboxMessage = Omit<OutboxMessage, 'id' | 'at'>
/**
 * "Sends" an email or SMS: records it where `GET /__sandbox/outbox` and the outbox page show it.
 *
 * @example
 * await sendMessage(store, clock, { channel: 'email', to, subject: 'Verify', text, code })
 */
declare function sendMessage(
  store: TenantStore,
  clock: Clock,
  message: NewOutboxMessage,
): Promise<OutboxMessage>
/** Newest first; `to` matches case-insensitively. */
declare function listMessages(
  store: TenantStore,
  filter?: {
    to?: string
  },
): Promise<OutboxMessage[]>

interface PageProps {
  service: ServiceName
  title: string
  /** Links or a sign-out form shown in the header. */
  nav?: Child
  /** Banners shown above the content on every page (ShipStation's NSA prompts). */
  banners?: Child
  /** Shown over the page (ShipStation's connection pop-up). */
  modal?: Child
}
/**
 * The HTML shell every page of every service uses, branded per service.
 *
 * @example
 * c.html(<Page service="usps" title="Sign in"><SignInForm /></Page>)
 */
declare const Page: FC<PropsWithChildren<PageProps>>

/**
 * Parses untrusted input with a zod schema; failures become a ValidationError listing every field.
 *
 * @example
 * const input = parseInput(RegisterInput, await readBody(c))
 */
declare function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S>

/** The password rule both sign-up forms state next to the field. */
declare const NewPassword: z.ZodString
/**
 * scrypt hash as `scrypt$<salt>$<hash>` (base64url): no plain passwords in the store, even a fake's.
 *
 * @example
 * const stored = await hashPassword('Secret123')
 * await verifyPassword('Secret123', stored) // true
 */
declare function hashPassword(password: string): Promise<string>
declare function verifyPassword(password: string, stored: string): Promise<boolean>

/**
 * Card numbers with a fixed outcome, as in Stripe test mode: any other number that passes the Luhn
 * check is accepted.
 */
declare const TEST_CARDS: {
  readonly approved: '4242424242424242'
  readonly declined: '4000000000000002'
}
declare function passesLuhn(number: string): boolean
declare const CardNumber: z.ZodPipe<
  z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>,
  z.ZodString
>
/** "MM/YY"; whether it is past is checked against the sandbox clock by `isCardExpired`. */
declare const CardExpiry: z.ZodString
declare const CardCvc: z.ZodString
declare const CardDetails: z.ZodObject<
  {
    cardholderName: z.ZodString
    cardNumber: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodString>
    expiry: z.ZodString
    cvc: z.ZodString
    billingZip: z.ZodString
  },
  z.core.$strip
>
type CardDetails = z.infer<typeof CardDetails>
/** A card is valid through the last day of its expiry month. */
declare function isCardExpired(expiry: string, now: Date): boolean
declare function isDeclinedTestCard(number: string): boolean
declare function cardBrand(number: string): string
/**
 * Refuses a card that passed the format checks but cannot pay: expired by the sandbox clock, or
 * the declined test card. Both card forms (ShipStation Balance, USPS EPA) call it before writing.
 *
 * @example
 * assertCardUsable(input, clock.now())
 */
declare function assertCardUsable(card: Pick<CardDetails, 'expiry' | 'cardNumber'>, now: Date): void

/** Where verification finds public keys: a peer's remote JWKS or a local one. */
type KeySet = JWTVerifyGetKey
/**
 * The public keys of another service, fetched from its `/.well-known/jwks.json` through the peer's
 * fetch (real HTTP or in-process) and cached by jose.
 */
declare function peerKeySet(peer: Peer): KeySet

declare const PROBLEM_CONTENT_TYPE = 'application/problem+json'
/** RFC 9457 problem details, plus our stable `code` and, for validation, `errors[]`. */
interface Problem {
  type: string
  title: string
  status: number
  detail: string
  code: string
  instance?: string
  errors?: {
    field: string
    message: string
  }[]
}
declare function problemOf(error: SandboxError, instance?: string): Problem
declare function problemResponse(error: SandboxError, instance?: string): Response
/**
 * The one place errors become responses (`app.onError(handleError)`). A form route that called
 * `onFormError` gets its form back with the messages for browsers; a route group that set an
 * `errorFormat` answers in its API's wire format; everything else answers problem+json. Unknown
 * errors are logged and answered 500 without internals.
 */
declare function handleError(error: Error, c: Context): Response | Promise<Response>
/** `app.notFound(handleNotFound)`: problem+json for every unknown path. */
declare function handleNotFound(c: Context): Response

/**
 * Where generated numbers (verification codes, EPS numbers, CRIDs) come from. Injected so a
 * scenario can use a seeded source and get the same numbers every run. Secrets (session ids,
 * authorization codes) always use crypto, never this.
 */
interface RandomSource {
  /** Integer in [0, max). */
  int(max: number): number
}
declare const cryptoRandom: RandomSource
/**
 * Deterministic source (mulberry32) for reproducible scenarios.
 *
 * @example
 * const random = createSeededRandom(42)
 * randomDigits(random, 6) // same six digits every run
 */
declare function createSeededRandom(seed: number): RandomSource
/** n decimal digits; the first is never 0 unless allowLeadingZero. */
declare function randomDigits(random: RandomSource, n: number, allowLeadingZero?: boolean): string
/** URL-safe secret for session ids, authorization codes and links. */
declare function secretToken(bytes?: number): string

/**
 * Reads a JSON or form body as a plain object. Malformed JSON is a 400, never a crash.
 * Repeated form fields collapse to their last value; checkboxes arrive as 'on'.
 */
declare function readBody(c: Context): Promise<Record<string, unknown>>

/** A service's signing key. The private half never leaves the service's own store. */
interface ServiceKeys {
  kid: string
  privateKey: CryptoKey
  publicJwk: JWK
}
/**
 * Loads the service's ES256 key from its store, generating it on first start. Stored keys keep the
 * `kid` stable across restarts, so tokens signed before a restart still verify after it.
 *
 * @example
 * const keys = await loadServiceKeys(store)
 */
declare function loadServiceKeys(store: Store): Promise<ServiceKeys>
/** The body of `/.well-known/jwks.json`. */
declare function jwksOf(keys: ServiceKeys): {
  keys: JWK[]
}

/** How each service finds the others (and itself: its own entry gives its public base URL). */
type PeerDirectory = Record<ServiceName, Peer>
/** The options every service's createApp takes. */
interface ServiceOptions {
  store: Store
  peers: PeerDirectory
  /** Real time the tenant clocks are offset from; tests pass a fixed function. */
  realTime?: RealTime
  /** Source of generated numbers (codes, EPS numbers); seeded in reproducible scenarios. */
  random?: RandomSource
}
interface ServiceAppOptions {
  service: ServiceName
  store: Store
  realTime: RealTime
  keys: () => Promise<ServiceKeys>
  afterReset?: (c: SandboxContext) => Promise<void>
  /**
   * Runs after the tenant is resolved and before every route, the control API included: e.g.
   * USPS posts micro-debits that fell due when the clock jumped, so `/__sandbox/outbox` shows them.
   */
  middleware?: MiddlewareHandler<SandboxEnv>[]
}
/**
 * The frame every service app shares: error rendering, tenant resolution, its JWKS and the
 * `/__sandbox` control API. The service adds its own routes to what this returns.
 *
 * @example
 * const app = createServiceApp({ service: 'usps', store, realTime, keys })
 * app.route('/', signInRoutes(deps))
 */
declare function createServiceApp(options: ServiceAppOptions): Hono<SandboxEnv>
/** Loads the signing key on first use and keeps the promise, so createApp stays synchronous. */
declare function lazyServiceKeys(store: Store): () => Promise<ServiceKeys>

/** What a Hono app is to the server: something that answers requests. */
interface FetchHandler {
  fetch: (request: Request) => Response | Promise<Response>
}
/** Peers reached over real HTTP at their configured public URLs. */
declare function httpPeers(config: SandboxConfig, fetch?: FetchLike): PeerDirectory
/** The store `npm start` uses: `<dataDir>/<service>.sqlite`, or memory when configured. */
declare function openServiceStore(config: SandboxConfig, service: ServiceName): Store
interface RunningService extends ListeningService {
  service: ServiceName
  store: Store
}
/**
 * Opens the store, builds the app, binds its port and starts retrying pending events. The one
 * piece every `main.ts` and `partner-sandbox start` share.
 *
 * @example
 * const running = await runService(config, 'usps', (options) => createApp(options))
 */
declare function runService(
  config: SandboxConfig,
  service: ServiceName,
  createApp: (options: ServiceOptions) => FetchHandler,
): Promise<RunningService>
/** Ctrl-C / SIGTERM: close servers and stores, then exit 0. */
declare function closeOnSignal(
  running: {
    close(): Promise<void>
  }[],
): void

interface SessionOptions {
  /** Per service: the three services share a host, and cookies ignore ports. */
  cookieName: string
  ttlSeconds: number
}
/**
 * Starts a browser session held in the store (so it survives restarts and is shared by replicas).
 *
 * @example
 * await startSession(c, { cookieName: 'usps_session', ttlSeconds: 3600 }, { userId })
 */
declare function startSession<T>(
  c: SandboxContext,
  options: SessionOptions,
  data: T,
): Promise<string>
/** The session's data, or undefined when absent, unknown, expired or of another cookie. */
declare function readSession<T>(c: SandboxContext, cookieName: string): Promise<T | undefined>
/** Replaces the data of the current session (e.g. after MFA passes). */
declare function updateSession<T>(c: SandboxContext, cookieName: string, data: T): Promise<void>
declare function endSession(c: SandboxContext, cookieName: string): Promise<void>

interface SignTokenOptions {
  /** Token kind, written as the JOSE `typ` header so one kind can never pass as another. */
  type: string
  issuer: string
  audience: string
  subject: string
  tenant: string
  ttlSeconds: number
  clock: Clock
  claims?: Record<string, unknown>
}
/**
 * Signs a short-lived token that crosses to another service. Every token carries `jti`, `kid`,
 * and the sandbox tenant.
 *
 * @example
 * const token = await signServiceToken(keys, { type: 'sso+jwt', issuer, audience, subject: accountId,
 *   tenant, ttlSeconds: 60, clock })
 */
declare function signServiceToken(keys: ServiceKeys, options: SignTokenOptions): Promise<string>

interface ServiceTokenPayload extends JWTPayload {
  iss: string
  sub: string
  jti: string
  exp: number
  tenant: string
}
interface VerifyTokenOptions {
  type: string
  issuer: string
  audience: string
  clock: Clock
}
/**
 * Verifies signature, `typ`, issuer, audience and lifetime against the sandbox clock. Every failure
 * is an InvalidTokenError saying which check failed.
 */
declare function verifyServiceToken(
  token: string,
  keySet: KeySet,
  options: VerifyTokenOptions,
): Promise<ServiceTokenPayload>

/** JOSE `typ` of event tokens, so an SSO token can never be replayed as an event. */
declare const EVENT_TOKEN_TYPE = 'event+jwt'
declare const SignedEventBody: z.ZodObject<
  {
    token: z.ZodString
  },
  z.core.$strip
>
interface SignEventOptions {
  issuer: string
  audience: string
  tenant: string
  /** Whom the event is about, in the receiver's terms where it has them. */
  subject: string
  event: string
  data: Record<string, unknown>
  clock: Clock
}
/**
 * Signs an event for another service. Long-lived (a week) because it may wait in the outbox while
 * the receiver is down; the `jti` makes redelivery harmless.
 */
declare function signEvent(keys: ServiceKeys, options: SignEventOptions): Promise<string>
interface ReceivedEvent {
  payload: ServiceTokenPayload
  event: string
  data: Record<string, unknown>
  /** true when this `jti` was processed before: answer 200 and do nothing. */
  duplicate: boolean
}
/**
 * Verifies an incoming event body `{token}` (signature, issuer, audience, tenant) and records its
 * `jti`.
 */
declare function receiveSignedEvent(
  body: unknown,
  keySet: KeySet,
  options: {
    issuer: string
    audience: string
    store: TenantStore
    clock: Clock
  },
): Promise<ReceivedEvent>
type SignedEventOutcome<T> =
  | {
      status: 'duplicate'
    }
  | {
      status: 'processed'
      event: string
      result: T
    }
/**
 * Receives an event and applies it exactly once: a `jti` seen before is a duplicate (nothing
 * happens); when `apply` refuses the event, its `jti` is forgotten so that the refusal leaves no
 * trace and a corrected redelivery is accepted.
 *
 * @example
 * const outcome = await applySignedEvent(body, keySet, options, (event) => approve(event.data))
 */
declare function applySignedEvent<T>(
  body: unknown,
  keySet: KeySet,
  options: {
    issuer: string
    audience: string
    store: TenantStore
    clock: Clock
  },
  apply: (event: ReceivedEvent) => Promise<T>,
): Promise<SignedEventOutcome<T>>

/**
 * In-memory store for tests and in-process sandboxes. Values are kept as JSON text so callers get
 * copies, exactly as from SQLite: mutating a returned object never changes stored state.
 *
 * @example
 * const store = createMemoryStore()
 * await store.forTenant('default').put('accounts', 'a1', { id: 'a1' })
 */
declare function createMemoryStore(): Store

interface SqliteStoreOptions {
  /** Database file; its folder is created when missing. ':memory:' works too. */
  file: string
}
/**
 * SQLite store (better-sqlite3, WAL mode): one file per service, so a restart of `npm start`
 * continues a half-finished onboarding. Every write is its own committed transaction.
 *
 * @example
 * const store = createSqliteStore({ file: '.data/usps.sqlite' })
 */
declare function createSqliteStore({ file }: SqliteStoreOptions): Store

declare const TENANT_HEADER = 'X-Sandbox-Tenant'
/** Query parameter that carries the tenant on browser redirects between services. */
declare const TENANT_PARAM = 'sandbox_tenant'
declare const DEFAULT_TENANT = 'default'
declare const TenantName: z.ZodString
interface TenantMiddlewareOptions {
  store: Store
  realTime: RealTime
}
/**
 * Resolves the tenant (header, then `sandbox_tenant` query, then cookie, then "default") and binds
 * the store view and the tenant's virtual clock to the request. A tenant named in the query is kept
 * in a cookie so the pages that follow a cross-service redirect stay in it.
 */
declare function tenantMiddleware({
  store,
  realTime,
}: TenantMiddlewareOptions): MiddlewareHandler<SandboxEnv>
/** Adds the tenant to a cross-service URL when it is not the default one. */
declare function withTenant(url: string, tenant: string): string

/**
 * Records a token id until it expires; false when it was recorded before. Lives in the store (not
 * memory), so every replica and a restarted process see the same answer.
 */
declare function rememberTokenId(
  store: TenantStore,
  payload: Pick<ServiceTokenPayload, 'iss' | 'jti' | 'exp'>,
): Promise<boolean>
/** Undoes rememberTokenId when the token's message was refused, so a corrected retry is accepted. */
declare function forgetTokenId(
  store: TenantStore,
  payload: Pick<ServiceTokenPayload, 'iss' | 'jti'>,
): Promise<void>
/** Single-use tokens (SSO): a second presentation is refused. */
declare function consumeTokenId(
  store: TenantStore,
  payload: Pick<ServiceTokenPayload, 'iss' | 'jti' | 'exp'>,
): Promise<void>

/**
 * USPS's published message error codes (from USPS's error inventory for the Payments 3.0 API,
 * copied from the reference `usps-errors-payments.tsv`), named once: the USPS fake answers with
 * them, and its callers (Stamps.com) map them to messages for customers. `%s` marks where USPS puts
 * a value.
 */
declare const USPS_ERROR: {
  /** Could not find an EPS Account with number: %s. */
  readonly EPS_ACCOUNT_NOT_FOUND: '100001'
  /** Your EPS Account is not Active. */
  readonly EPS_ACCOUNT_NOT_ACTIVE: '100002'
  /** Your EPS Account does not have a Primary Payment Method. */
  readonly EPS_NO_PRIMARY_PAYMENT_METHOD: '100003'
  /** EPS Primary Payment Method is not Active (e.g. ACH still Pending). */
  readonly EPS_PAYMENT_METHOD_NOT_ACTIVE: '100004'
  /** We are having trouble validating your credit card, please try again later. */
  readonly CARD_VALIDATION_UNAVAILABLE: '100005'
  /** We are having trouble validating your credit card, please check your credit card details. */
  readonly CARD_VALIDATION_FAILED: '100006'
  /** Your Trust balance has insufficient funds. */
  readonly INSUFFICIENT_FUNDS: '100007'
  readonly PERMIT_ZIP_REQUIRED: '160215'
  readonly ROLE_REQUIRES_CRID: '160218'
  readonly ROLE_WITHOUT_NAME: '160219'
  readonly ROLE_REQUIRES_PERMIT_OR_EPS: '160220'
  readonly ROLE_REQUIRES_MID: '160221'
  readonly ROLE_REQUIRES_MANIFEST_MID: '160222'
  readonly ROLE_REQUIRES_ACCOUNT_TYPE: '160223'
  readonly ROLE_REQUIRES_ACCOUNT_NUMBER: '160224'
  readonly ROLE_REQUIRES_PERMIT_NUMBER: '160225'
  readonly ROLE_REQUIRES_PERMIT_ZIP: '160226'
  readonly DUPLICATE_ROLES: '160227'
  readonly PAYER_REQUIRED: '160228'
  readonly LABEL_OWNER_REQUIRED: '160229'
  readonly MAIL_OWNER_REQUIRED: '160254'
  readonly METER_REQUIRES_ACCOUNT_NUMBER: '160289'
  readonly METER_PRICING_PC_POSTAGE_ONLY: '160290'
  readonly LABEL_PROVIDER_EPS_ONLY: '160372'
  readonly ROLE_REQUIRES_ACCOUNT_TYPE_OF: '160390'
}
type UspsErrorName = keyof typeof USPS_ERROR
type UspsErrorCodeValue = (typeof USPS_ERROR)[UspsErrorName]
/** USPS's own wording for the codes whose text the fake answers verbatim. */
declare const USPS_ERROR_MESSAGE: Partial<Record<UspsErrorCodeValue, string>>
/** USPS's message for `code` with `%s` filled in. */
declare function uspsErrorMessage(code: UspsErrorCodeValue, value?: string): string

/** True when the caller speaks JSON (API clients) rather than HTML forms (browsers). */
declare function wantsJson(c: Context): boolean

export {
  applySignedEvent,
  assertCardUsable,
  CardCvc,
  CardDeclinedError,
  CardDetails,
  CardExpiredError,
  CardExpiry,
  CardNumber,
  Checkbox,
  type Clock,
  ClockChange,
  ConflictError,
  type ControlRoutesOptions,
  CookieJar,
  cardBrand,
  changeClock,
  closeOnSignal,
  consumeTokenId,
  createControlRoutes,
  createMemoryStore,
  createSeededRandom,
  createServiceApp,
  createSqliteStore,
  cryptoRandom,
  DEFAULT_PORTS,
  DEFAULT_TENANT,
  DurationText,
  deliverPendingEvents,
  type ErrorFormat,
  type ErrorStatus,
  EVENT_TOKEN_TYPE,
  endSession,
  enqueueEvent,
  errorFormat,
  type FetchLike,
  Field,
  type FieldError,
  type FieldProps,
  ForbiddenError,
  FormErrors,
  fieldMessage,
  forgetTokenId,
  HeaderLinks,
  type HeaderLinksProps,
  handleError,
  handleNotFound,
  hashPassword,
  httpPeers,
  InvalidTokenError,
  isCardExpired,
  isDeclinedTestCard,
  jwksOf,
  type KeySet,
  type ListeningService,
  type ListenOptions,
  lazyServiceKeys,
  listEvents,
  listen,
  listMessages,
  loadClock,
  loadServiceKeys,
  type NewOutboxMessage,
  NewPassword,
  NotFoundError,
  OutboxMessage,
  onFormError,
  openServiceStore,
  Page,
  type PageProps,
  type Peer,
  type PeerDirectory,
  PeerUnavailableError,
  PendingEvent,
  PROBLEM_CONTENT_TYPE,
  type Problem,
  parseDuration,
  parseInput,
  parseSandboxConfig,
  passesLuhn,
  peerKeySet,
  problemOf,
  problemResponse,
  type RandomSource,
  type RealTime,
  type ReceivedEvent,
  type RunningService,
  randomDigits,
  readBody,
  readSession,
  receiveSignedEvent,
  rememberTokenId,
  runService,
  type SandboxConfig,
  type SandboxContext,
  type SandboxEnv,
  SandboxError,
  type SandboxErrorCode,
  type SandboxErrorOptions,
  type SandboxVariables,
  SERVICE_NAMES,
  type ServiceAppOptions,
  type ServiceEndpoint,
  type ServiceKeys,
  type ServiceName,
  type ServiceOptions,
  type ServiceTokenPayload,
  type SessionOptions,
  type SignEventOptions,
  SignedEventBody,
  type SignedEventOutcome,
  type SignTokenOptions,
  type SqliteStoreOptions,
  type Store,
  SYSTEM_TENANT,
  secretToken,
  sendMessage,
  signEvent,
  signServiceToken,
  startEventPump,
  startSession,
  TENANT_HEADER,
  TENANT_PARAM,
  TEST_CARDS,
  TenantName,
  type TenantStore,
  TokenReplayedError,
  tenantMiddleware,
  UnauthorizedError,
  USPS_ERROR,
  USPS_ERROR_MESSAGE,
  type UspsErrorCodeValue,
  type UspsErrorName,
  updateSession,
  urlOf,
  uspsErrorMessage,
  ValidationError,
  type VerifyTokenOptions,
  verifyPassword,
  verifyServiceToken,
  wantsJson,
  withTenant,
}
