import {
  ErrorStatus,
  SandboxEnv,
  SandboxError,
  SandboxErrorOptions,
  ServiceOptions,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { z } from 'zod'

/** Where a COP account stands in the onboarding; ShipStation mirrors the last two. */
declare const CopStatus: z.ZodEnum<{
  not_started: 'not_started'
  usps_linked: 'usps_linked'
  approval_pending: 'approval_pending'
  approved: 'approved'
}>
type CopStatus = z.infer<typeof CopStatus>

/** The profile ShipStation vouches for in its `sso+jwt`. */
interface SsoProfile {
  /** ShipStation account id (`sub`): one COP account per ShipStation account. */
  shipstationAccountId: string
  email: string
  name: string
  company: string
  promoCode: string
}
/** The OAuth tokens USPS issued to Auctane for this customer; opaque to us. */
interface UspsTokens {
  accessToken: string
  refreshToken?: string
  /** ISO time on the tenant clock after which the access token is refreshed first. */
  accessTokenExpiresAt: string
  scope?: string
  linkedAt: string
}
/** CRID, MID and EPS Number as USPS accepted them. */
interface UspsIdentifiers {
  crid: string
  mid: string
  epsNumber: string
}
interface CopAccount extends SsoProfile {
  /** Same as shipstationAccountId: the key SSO finds the account by. */
  id: string
  status: CopStatus
  usps?: UspsTokens
  identifiers?: UspsIdentifiers
  createdAt: string
  updatedAt: string
  approvalRequestedAt?: string
  approvedAt?: string
}
/** What pages and JSON answers may show: everything but the USPS tokens. */
interface CopAccountView extends Omit<CopAccount, 'usps'> {
  uspsLinked: boolean
  uspsLinkedAt?: string
}

/** Auctane's credentials at the USPS OAuth server. */
interface UspsClientCredentials {
  clientId: string
  clientSecret: string
}

interface StampsAppOptions extends ServiceOptions {
  /** Auctane's client at the USPS OAuth server; defaults to the seeded `auctane` client. */
  uspsClient?: UspsClientCredentials
}
/**
 * The Stamps.com Customer Onboarding Portal: SSO from ShipStation, the guidelines, the USPS OAuth
 * link, CRID/MID/EPS intake and the approval status. No I/O happens here; peers' keys are fetched
 * on first use.
 *
 * @example
 * const app = createApp({ store: createMemoryStore(), peers })
 * await app.request('/sso?token=...')
 */
declare function createApp(options: StampsAppOptions): Hono<SandboxEnv>

/** CRID, MID and EPS Number as the customer's USPS representative gave them. */
declare const ConnectionIdentifiers: z.ZodObject<
  {
    crid: z.ZodString
    mid: z.ZodString
    epsNumber: z.ZodString
  },
  z.core.$strip
>
type ConnectionIdentifiers = z.infer<typeof ConnectionIdentifiers>

/** Stable codes of the failures only Stamps.com raises. */
declare const ERROR_CODES: readonly [
  'no_session',
  'invalid_sso_link',
  'invalid_oauth_state',
  'usps_access_denied',
  'usps_token_rejected',
  'usps_not_linked',
  'usps_link_expired',
  'usps_verification_failed',
  'invalid_status_transition',
  'unknown_event',
]
type StampsErrorCode = (typeof ERROR_CODES)[number]
/** Base of this service's errors: a stable code, the HTTP status and what to do next. */
declare class StampsError extends SandboxError {
  constructor(
    code: StampsErrorCode,
    status: ErrorStatus,
    title: string,
    detail: string,
    options?: SandboxErrorOptions,
  )
}
/** A COP page was opened without the session that SSO from ShipStation starts. */
declare class NoSessionError extends StampsError {
  constructor()
}
/** The `sso+jwt` from ShipStation is missing, forged, expired, replayed or for another tenant. */
declare class InvalidSsoLinkError extends StampsError {
  readonly reason: string
  constructor(reason: string, options?: SandboxErrorOptions)
}
/** The OAuth `state` coming back from USPS is unknown, used, expired or someone else's. */
declare class InvalidOAuthStateError extends StampsError {
  constructor(reason: string)
}
/** The user pressed Cancel on the USPS consent screen, or USPS refused the authorization. */
declare class UspsAccessDeniedError extends StampsError {
  constructor(detail: string)
}
/** USPS answered the token endpoint with an RFC 6749 error. */
declare class UspsTokenRejectedError extends StampsError {
  readonly uspsError: string
  constructor(uspsError: string, description: string | undefined, status: ErrorStatus)
}
/** The CRID/MID/EPS form needs a USPS account linked through OAuth first. */
declare class UspsNotLinkedError extends StampsError {
  constructor()
}
/** The stored USPS tokens can no longer be used (refresh refused). */
declare class UspsLinkExpiredError extends StampsError {
  constructor(detail: string)
}
/** USPS's Payments API refused the CRID/MID/EPS combination; `uspsCode` is USPS's own code. */
declare class UspsVerificationError extends StampsError {
  readonly uspsCode: string
  constructor(uspsCode: string, detail: string, hint: string)
}
/** A COP status change the onboarding flow does not allow. */
declare class InvalidStatusTransitionError extends StampsError {
  readonly from: string
  readonly to: string
  constructor(from: string, to: string, detail: string)
}
/** A signed event this service does not handle. */
declare class UnknownEventError extends StampsError {
  constructor(event: string)
}

/** The JSON shape of `GET /api/v1/connection` and the answers of the steps that change it. */
interface ConnectionView {
  accountId: string
  status: CopStatus
  /** true once USPS OAuth tokens are held for the account. */
  linked: boolean
  identifiers: UspsIdentifiers | null
  uspsLinkedAt: string | null
  approvalRequestedAt: string | null
  approvedAt: string | null
}

/** Cookie name, one per service: the services share a host, and cookies ignore ports. */
declare const SESSION_COOKIE = 'stamps_session'

declare const APPROVAL_PENDING_TEXT = 'USPS business account approval is pending'
declare const APPROVED_TEXT = 'Your USPS business account is linked. NSA rates are active.'

/** The `auctane` client the USPS sandbox seeds. */
declare const DEFAULT_USPS_CLIENT: UspsClientCredentials

export {
  APPROVAL_PENDING_TEXT,
  APPROVED_TEXT,
  ConnectionIdentifiers,
  type ConnectionView,
  type CopAccount,
  type CopAccountView,
  CopStatus,
  createApp,
  DEFAULT_USPS_CLIENT,
  ERROR_CODES,
  InvalidOAuthStateError,
  InvalidSsoLinkError,
  InvalidStatusTransitionError,
  NoSessionError,
  SESSION_COOKIE,
  type StampsAppOptions,
  StampsError,
  type StampsErrorCode,
  UnknownEventError,
  UspsAccessDeniedError,
  type UspsClientCredentials,
  type UspsIdentifiers,
  UspsLinkExpiredError,
  UspsNotLinkedError,
  UspsTokenRejectedError,
  UspsVerificationError,
}
