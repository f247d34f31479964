import { ErrorStatus, SandboxEnv, SandboxError, ServiceOptions } from '@partner-sandbox/shared'
import { Hono } from 'hono'

/** ShipStation needs nothing beyond what every service receives. */
type ShipStationAppOptions = ServiceOptions
/**
 * The ShipStation fake: registration with a USPS promo code, email and phone verification, the
 * ShipStation Balance, and the NSA connection prompts that hand over to Stamps.com. No I/O here:
 * the store and peers come in through options.
 *
 * @example
 * const app = createApp({ store: createMemoryStore(), peers })
 * await app.request('/register')
 */
declare function createApp(options: ShipStationAppOptions): Hono<SandboxEnv>

/** Where the account stands in the Customer Onboarding Portal flow, as Stamps.com reports it. */
type CopStatus = 'not_started' | 'approval_pending' | 'approved'

/** What ShipStation keeps about a card: enough to show it, never the number itself. */
interface StoredPaymentMethod {
  id: string
  brand: string
  last4: string
  expiry: string
  addedAt: string
}
/** USPS identifiers reported by Stamps.com with `cop.approval_pending`. */
interface CopIdentifiers {
  crid?: string
  mid?: string
  epsNumber?: string
}
interface Account {
  id: string
  firstName: string
  lastName: string
  company: string
  email: string
  /** E.164, e.g. +15550100100: where the SMS codes go. */
  phone: string
  passwordHash: string
  promoCode: string
  createdAt: string
  emailVerifiedAt?: string
  phoneVerifiedAt?: string
  paymentMethods: StoredPaymentMethod[]
  copStatus: CopStatus
  copIdentifiers?: CopIdentifiers
  copUpdatedAt?: string
  approvalBannerDismissedAt?: string
}

/** `GET /api/v1/account`, as the contract spells it. */
interface AccountView {
  id: string
  email: string
  emailVerified: boolean
  phoneVerified: boolean
  hasPaymentMethod: boolean
  copStatus: CopStatus
  nsaRatesActive: boolean
  prompts: {
    popup: boolean
    banners: {
      id: string
      text: string
    }[]
  }
}

/** What the setup steps follow from, read off the account. */
interface SetupFacts {
  emailVerified: boolean
  phoneVerified: boolean
  hasPaymentMethod: boolean
}

declare const CONNECT_POPUP_TITLE = 'Connect your USPS business account'
declare const CONNECT_BANNER_TEXT =
  'Connect your USPS business account to Stamps.com to access NSA rates'
declare const APPROVAL_BANNER_TEXT =
  'Please wait for approval from USPS to begin printing with NSA rates.'
/** The facts the prompts follow from; nothing about the prompts themselves is stored. */
interface PromptFacts extends SetupFacts {
  copStatus: CopStatus
  /** Set on the account once, from the sandbox clock, when "Dismiss" is pressed. */
  approvalBannerDismissedAt?: string | null
  /** "Not now" hides the pop-up for this login session only. */
  popupDismissedThisSession: boolean
}
type PromptBanner =
  | {
      id: 'connect-usps-account'
      text: typeof CONNECT_BANNER_TEXT
      action: 'see-instructions'
    }
  | {
      id: 'approval-pending'
      text: typeof APPROVAL_BANNER_TEXT
      action: 'dismiss'
    }
interface OnboardingPrompts {
  /** The "Connect your USPS business account" pop-up on the dashboard. */
  popup: boolean
  /** Banners at the top of every signed-in page, in display order. */
  banners: PromptBanner[]
}
/**
 * The one rule for which pop-up and banners an account sees (seed, Steps 2 and "Verify
 * Completion"):
 * - before email, phone and a payment method: nothing;
 * - then, until the COP flow is submitted: the pop-up (unless "Not now" this session) and the
 *   connect banner;
 * - once submitted: the approval banner until dismissed, and never again after.
 *
 * @example
 * deriveOnboardingPrompts({ emailVerified: true, phoneVerified: true, hasPaymentMethod: true,
 *   copStatus: 'not_started', popupDismissedThisSession: false })
 * // { popup: true, banners: [{ id: 'connect-usps-account', ... }] }
 */
declare function deriveOnboardingPrompts(facts: PromptFacts): OnboardingPrompts

/** The code every tenant accepts, so a fresh sandbox can be walked without setup. */
declare const BUILT_IN_PROMO_CODE = 'USPS-NSA-DEMO'

/** Stable codes of the failures only ShipStation raises. */
declare const ERROR_CODES: readonly [
  'invalid_promo_code',
  'email_taken',
  'invalid_credentials',
  'wrong_code',
  'code_expired',
  'too_many_attempts',
  'no_code_pending',
  'invalid_verification_link',
  'step_out_of_order',
  'prompts_not_due',
  'cop_status_conflict',
  'unknown_event',
  'unknown_account',
  'nothing_to_dismiss',
]
type ShipStationErrorCode = (typeof ERROR_CODES)[number]
/** Base of ShipStation's own errors; `field` puts the message beside that form field. */
declare class ShipStationError extends SandboxError {
  constructor(
    code: ShipStationErrorCode,
    status: ErrorStatus,
    title: string,
    detail: string,
    options?: {
      field?: string
      cause?: unknown
    },
  )
}

declare const SESSION_COOKIE = 'shipstation_session'

export {
  type Account,
  type AccountView,
  APPROVAL_BANNER_TEXT,
  BUILT_IN_PROMO_CODE,
  CONNECT_BANNER_TEXT,
  CONNECT_POPUP_TITLE,
  type CopStatus,
  createApp,
  deriveOnboardingPrompts,
  ERROR_CODES,
  type OnboardingPrompts,
  type PromptBanner,
  type PromptFacts,
  SESSION_COOKIE,
  type ShipStationAppOptions,
  ShipStationError,
  type ShipStationErrorCode,
  type StoredPaymentMethod,
}
