import type { Account } from './accounts'
import { type CopStatus, copFlowOpen } from './cop-status'
import { nextSetupStep, type SetupFacts, setupFactsOf } from './setup-steps'

export const CONNECT_POPUP_TITLE = 'Connect your USPS business account'
export const CONNECT_BANNER_TEXT =
  'Connect your USPS business account to Stamps.com to access NSA rates'
export const APPROVAL_BANNER_TEXT =
  'Please wait for approval from USPS to begin printing with NSA rates.'
export const REVOKED_BANNER_TEXT =
  'NSA rates stopped: access to your USPS business account was revoked. Connect it again to use NSA rates.'
/** The rejection banner: the representative's reason follows. */
export const REJECTED_BANNER_PREFIX = 'USPS rejected your NSA link request: '

/** The facts the prompts follow from; nothing about the prompts themselves is stored. */
export interface PromptFacts extends SetupFacts {
  /** Only accounts registered with a USPS promo code are offered NSA rates. */
  hasPromoCode: boolean
  copStatus: CopStatus
  /** The representative's reason, when the link was rejected. */
  rejectionReason?: string | null
  /** Set on the account once, from the sandbox clock, when "Dismiss" is pressed. */
  approvalBannerDismissedAt?: string | null
  /** "Not now" hides the pop-up for this login session only. */
  popupDismissedThisSession: boolean
}

export type PromptBanner =
  | { id: 'connect-usps-account'; text: typeof CONNECT_BANNER_TEXT; action: 'see-instructions' }
  | { id: 'approval-pending'; text: typeof APPROVAL_BANNER_TEXT; action: 'dismiss' }
  | { id: 'link-rejected'; text: string; action: 'start-again' }
  | { id: 'link-revoked'; text: typeof REVOKED_BANNER_TEXT; action: 'see-instructions' }

export interface OnboardingPrompts {
  /** The "Connect your USPS business account" pop-up on the dashboard. */
  popup: boolean
  /** Banners at the top of every signed-in page, in display order. */
  banners: PromptBanner[]
}

/**
 * True when the account should be asked to connect its USPS business account: registered with a
 * USPS promo code, verified, with a Balance payment method, and the COP flow not finished on
 * Stamps.com (never submitted, or rejected or revoked since).
 */
export function connectPromptsDue(facts: PromptFacts): boolean {
  return facts.hasPromoCode && nextSetupStep(facts) === undefined && copFlowOpen(facts.copStatus)
}

function connectBanner(facts: PromptFacts): PromptBanner {
  if (facts.copStatus === 'rejected') {
    return {
      id: 'link-rejected',
      text: `${REJECTED_BANNER_PREFIX}${facts.rejectionReason ?? 'no reason was given'}.`,
      action: 'start-again',
    }
  }
  if (facts.copStatus === 'revoked') {
    return { id: 'link-revoked', text: REVOKED_BANNER_TEXT, action: 'see-instructions' }
  }
  return { id: 'connect-usps-account', text: CONNECT_BANNER_TEXT, action: 'see-instructions' }
}

/**
 * The one rule for which pop-up and banners an account sees (seed, Steps 2 and "Verify
 * Completion"):
 * - without a USPS promo code, or before email, phone and a payment method: nothing;
 * - then, until the COP flow is submitted: the pop-up (unless "Not now" this session) and the
 *   connect banner (after a rejection: the reason and "Start again"; after a revocation: NSA
 *   rates stopped);
 * - once submitted: the approval banner until dismissed, and never again after.
 *
 * @example
 * deriveOnboardingPrompts({ hasPromoCode: true, emailVerified: true, phoneVerified: true,
 *   hasPaymentMethod: true, copStatus: 'not_started', popupDismissedThisSession: false })
 * // { popup: true, banners: [{ id: 'connect-usps-account', ... }] }
 */
export function deriveOnboardingPrompts(facts: PromptFacts): OnboardingPrompts {
  if (connectPromptsDue(facts)) {
    return { popup: !facts.popupDismissedThisSession, banners: [connectBanner(facts)] }
  }
  // The seed keeps this banner "until you manually dismiss it", whether or not USPS approved since.
  const submitted = facts.copStatus === 'approval_pending' || facts.copStatus === 'approved'
  if (submitted && !facts.approvalBannerDismissedAt) {
    return {
      popup: false,
      banners: [{ id: 'approval-pending', text: APPROVAL_BANNER_TEXT, action: 'dismiss' }],
    }
  }
  return { popup: false, banners: [] }
}

/** The facts the prompts are derived from, read off the account and the login session. */
export function promptFactsOf(account: Account, popupDismissedThisSession: boolean): PromptFacts {
  const setup = setupFactsOf(account)
  // Named one by one, not spread: a spread copies through a slow generic path, on every request
  // of every signed-in page and `GET /api/v1/account`.
  return {
    emailVerified: setup.emailVerified,
    phoneVerified: setup.phoneVerified,
    hasPaymentMethod: setup.hasPaymentMethod,
    hasPromoCode: Boolean(account.promoCode),
    copStatus: account.copStatus,
    rejectionReason: account.copRejection?.reason ?? null,
    approvalBannerDismissedAt: account.approvalBannerDismissedAt ?? null,
    popupDismissedThisSession,
  }
}

/** The prompts this account sees in this login session. */
export function promptsOf(account: Account, popupDismissedThisSession: boolean): OnboardingPrompts {
  return deriveOnboardingPrompts(promptFactsOf(account, popupDismissedThisSession))
}
