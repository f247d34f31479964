export { createApp, type ShipStationAppOptions } from './app'
export type { AccountView } from './domain/account-view'
export type { Account, StoredPaymentMethod } from './domain/accounts'
export type { CopStatus } from './domain/cop-status'
export {
  APPROVAL_BANNER_TEXT,
  CONNECT_BANNER_TEXT,
  CONNECT_POPUP_TITLE,
  deriveOnboardingPrompts,
  type OnboardingPrompts,
  type PromptBanner,
  type PromptFacts,
} from './domain/onboarding-prompts'
export { BUILT_IN_PROMO_CODE } from './domain/promo-codes'
export { ERROR_CODES, ShipStationError, type ShipStationErrorCode } from './errors'
export { SESSION_COOKIE } from './lib/session'
