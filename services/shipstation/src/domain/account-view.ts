import type { Account } from './accounts'
import type { CopStatus } from './cop-status'
import {
  deriveOnboardingPrompts,
  type OnboardingPrompts,
  type PromptFacts,
} from './onboarding-prompts'

/** The facts the prompts are derived from, read off the account and the login session. */
export function promptFactsOf(account: Account, popupDismissedThisSession: boolean): PromptFacts {
  return {
    emailVerified: Boolean(account.emailVerifiedAt),
    phoneVerified: Boolean(account.phoneVerifiedAt),
    hasPaymentMethod: account.paymentMethods.length > 0,
    copStatus: account.copStatus,
    approvalBannerDismissedAt: account.approvalBannerDismissedAt ?? null,
    popupDismissedThisSession,
  }
}

/** The prompts this account sees in this login session. */
export function promptsOf(account: Account, popupDismissedThisSession: boolean): OnboardingPrompts {
  return deriveOnboardingPrompts(promptFactsOf(account, popupDismissedThisSession))
}

/** NSA rates are active exactly when USPS approved the link; derived, never stored twice. */
export function nsaRatesActive(account: Account): boolean {
  return account.copStatus === 'approved'
}

/** `GET /api/v1/account`, as the contract spells it. */
export interface AccountView {
  id: string
  email: string
  emailVerified: boolean
  phoneVerified: boolean
  hasPaymentMethod: boolean
  copStatus: CopStatus
  nsaRatesActive: boolean
  prompts: { popup: boolean; banners: { id: string; text: string }[] }
}

/**
 * The account as API clients see it (no password hash, no card data).
 *
 * @example
 * c.json(accountView(account, session.popupDismissed))
 */
export function accountView(account: Account, popupDismissedThisSession: boolean): AccountView {
  const facts = promptFactsOf(account, popupDismissedThisSession)
  const prompts = deriveOnboardingPrompts(facts)
  return {
    id: account.id,
    email: account.email,
    emailVerified: facts.emailVerified,
    phoneVerified: facts.phoneVerified,
    hasPaymentMethod: facts.hasPaymentMethod,
    copStatus: account.copStatus,
    nsaRatesActive: nsaRatesActive(account),
    prompts: {
      popup: prompts.popup,
      banners: prompts.banners.map(({ id, text }) => ({ id, text })),
    },
  }
}
