import type { Account } from './accounts'
import type { CopStatus } from './cop-status'
import { nsaRatesActive } from './nsa-rates'
import { deriveOnboardingPrompts, promptFactsOf } from './onboarding-prompts'

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
