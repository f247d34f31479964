import {
  ErrorStatus,
  PeerDirectory,
  SandboxEnv,
  SandboxError,
  SandboxErrorOptions,
  ServiceName,
  ServiceOptions,
  SessionOptions,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { z } from 'zod'

interface UspsAppOptions extends ServiceOptions {
  /** Secret of the seeded `auctane` client; Stamps.com must use the same. */
  auctaneClientSecret?: string
}
/**
 * The fake USPS: Business Portal (accounts, MFA, EPA), OAuth 2.0 authorization server, Payments
 * API and NSA link approval. No I/O here; `main.ts` serves it.
 *
 * @example
 * const app = createApp({ store: createMemoryStore(), peers })
 * await app.request('/.well-known/oauth-authorization-server')
 */
declare function createApp(options: UspsAppOptions): Hono<SandboxEnv>

/** Wizard step 1, "Company Information". */
declare const CompanyInfo: z.ZodObject<
  {
    companyName: z.ZodString
    streetAddress: z.ZodString
    city: z.ZodString
    state: z.ZodString
    zipCode: z.ZodString
  },
  z.core.$strip
>
type CompanyInfo = z.infer<typeof CompanyInfo>
/** Wizard step 2, "Contact Information". */
declare const ContactInfo: z.ZodObject<
  {
    firstName: z.ZodString
    lastName: z.ZodString
    phone: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodString>
  },
  z.core.$strip
>
type ContactInfo = z.infer<typeof ContactInfo>

/** A USPS business account (Business Customer Gateway user plus its company). */
interface UspsAccount {
  id: string
  email: string
  username: string
  passwordHash: string
  company: CompanyInfo
  contact: ContactInfo
  /** Customer Registration ID, 8 digits. */
  crid: string
  /** Outbound Mailer ID (MASTER MID), 9 digits starting with 9. */
  mid: string
  mfa: {
    method: 'email'
    enrolledAt: string
  }
  createdAt: string
}
type PublicAccount = Omit<UspsAccount, 'passwordHash'>

/**
 * The Enterprise Payment Account (EPA) state machine. A credit card activates it at once; ACH
 * Debit waits for the two micro-debits to be confirmed, and three wrong confirmations fail it.
 *
 *   none --credit_card_added--> active
 *   none --ach_added--> pending_verification --micro_debits_verified--> active
 *                        pending_verification --verification_failed--> verification_failed
 *   verification_failed --credit_card_added | ach_added--> (as from none)
 */
type EpaStatus = 'none' | 'pending_verification' | 'active' | 'verification_failed'
type EpaEvent = 'credit_card_added' | 'ach_added' | 'micro_debits_verified' | 'verification_failed'
/**
 * The status after `event`, or an EpaStateError (409) saying what to do instead.
 *
 * @example
 * nextEpaStatus('none', 'ach_added') // 'pending_verification'
 */
declare function nextEpaStatus(status: EpaStatus, event: EpaEvent): EpaStatus

/**
 * A platform's request to use a customer's NSA rates, created by a payment authorization and
 * approved by USPS (here: the control API, `approveNsaLink`).
 *
 *   pending --approve--> approved
 */
type NsaLinkStatus = 'pending' | 'approved'
interface NsaLink {
  id: string
  status: NsaLinkStatus
  clientId: string
  uspsAccountId: string
  crid: string
  mid: string
  epsNumber: string
  createdAt: string
  approvedAt?: string
}

/** Scopes of the USPS v3 APIs (as in USPS's OAuth token examples). */
declare const SUPPORTED_SCOPES: readonly [
  'addresses',
  'international-prices',
  'subscriptions',
  'payments',
  'pickup',
  'tracking',
  'labels',
  'scan-forms',
  'companies',
  'service-delivery-standards',
  'locations',
  'international-labels',
  'prices',
]
/** An application allowed to ask USPS customers for access. */
interface OAuthClient {
  id: string
  name: string
  type: 'confidential' | 'public'
  secret?: string
  redirectUris: string[]
  /** Native-app style: any http loopback redirect (127.0.0.1, localhost, [::1]) on any port. */
  allowLoopbackRedirects: boolean
  scopes: string[]
  /** PKCE S256 is required for public clients and for Auctane. */
  pkceRequired: boolean
  /** Where approvals of this client's NSA links are sent as signed events. */
  events?: {
    peer: ServiceName
    path: string
  }
  /** An Auctane-style platform: a payment authorization records an NSA link request. */
  nsaPartner: boolean
}
interface SeededClientOptions {
  peers: PeerDirectory
  auctaneClientSecret: string
}
/**
 * The clients every tenant has: Auctane (Stamps.com's link), and two loopback clients for
 * integration engineers. A constant registry, derived from the options, not stored.
 */
declare function seededClients(options: SeededClientOptions): OAuthClient[]

type PaymentMethod = 'credit_card' | 'ach'
/** The account's EPA: one per business account, keyed by the account id. */
interface PaymentAccount {
  accountId: string
  status: EpaStatus
  termsAcceptedAt?: string
  /** 10-digit Enterprise Payment System number, assigned when a payment method is added. */
  epsNumber?: string
  method?: PaymentMethod
  card?: {
    brand: string
    last4: string
    expiry: string
    anticipatedDailySpend: number
  }
  ach?: {
    routingNumber: string
    accountLast4: string
    accountType: 'checking' | 'savings'
    microDebitsCents: [number, number]
    createdAt: string
    /** When the bank shows the two debits: 24 to 48 hours after the account was added. */
    postedAt: string
    noticeSentAt?: string
    failedAttempts: number
  }
  activatedAt?: string
  updatedAt: string
}

/** USPS's token response shape (OAuth 2.0 3.0 `TokenResponse`). */
interface TokenResponse {
  access_token: string
  token_type: 'Bearer'
  issued_at: number
  expires_in: number
  status: 'approved'
  scope: string
  issuer: string
  client_id: string
  application_name: string
  refresh_token?: string
  refresh_token_issued_at?: number
  refresh_token_expires_in?: number
  refresh_token_status?: 'approved'
  refresh_count?: number
}

/** The stable codes of USPS's own failures (problem+json `code`; the API formats carry their own). */
declare const ERROR_CODES: readonly [
  'oauth_error',
  'usps_api_error',
  'registration_expired',
  'mfa_restart',
  'epa_state_conflict',
  'nsa_link_state_conflict',
  'unique_number_exhausted',
]
type UspsErrorCode = (typeof ERROR_CODES)[number]
/** Base of every failure the USPS fake raises on purpose. */
declare class UspsError extends SandboxError {
  readonly code: UspsErrorCode
  constructor(
    code: UspsErrorCode,
    status: ErrorStatus,
    title: string,
    detail: string,
    options?: SandboxErrorOptions,
  )
}
/** The RFC 6749 `error` values the token, revoke and authorize endpoints answer. */
type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'unsupported_response_type'
  | 'invalid_scope'
  | 'access_denied'
/** An OAuth failure, rendered as `{error, error_description}` (RFC 6749 5.2), never problem+json. */
declare class OAuthError extends UspsError {
  readonly oauthError: OAuthErrorCode
  constructor(
    error: OAuthErrorCode,
    description: string,
    options?: {
      cause?: unknown
    },
  )
}
/** One entry of USPS's `error.errors[]` envelope. */
interface UspsErrorItem {
  status: string
  code: string
  title: string
  detail: string
  source?: {
    parameter: string
  }
}
/**
 * A Payments API failure, rendered in USPS's own envelope (`{apiVersion, error: {...}}`); `title`
 * holds USPS's `error.message` (BAD_REQUEST, FORBIDDEN, UNAUTHORIZED).
 */
declare class UspsApiError extends UspsError {
  readonly items: UspsErrorItem[]
  constructor(status: ErrorStatus, message: string, items: UspsErrorItem[])
  /** 400 BAD_REQUEST with USPS error codes such as 160228 or 100001. */
  static badRequest(
    items: {
      code: string
      detail: string
    }[],
  ): UspsApiError
  static forbidden(detail: string): UspsApiError
  static unauthorized(detail: string): UspsApiError
}

/** The name of USPS's session cookie. */
declare const SESSION_COOKIE = 'usps_session'
/** The session cookie's options under their earlier name, which other packages may import. */
declare const USPS_SESSION: SessionOptions

export {
  createApp,
  type EpaStatus,
  ERROR_CODES,
  type NsaLink,
  type NsaLinkStatus,
  nextEpaStatus,
  type OAuthClient,
  OAuthError,
  type PaymentAccount,
  type PublicAccount,
  SESSION_COOKIE,
  SUPPORTED_SCOPES,
  seededClients,
  type TokenResponse,
  USPS_SESSION,
  type UspsAccount,
  UspsApiError,
  type UspsAppOptions,
  UspsError,
  type UspsErrorCode,
}
