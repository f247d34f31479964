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
  REJECTED_BANNER_PREFIX,
  REVOKED_BANNER_TEXT,
} from './domain/onboarding-prompts'
export { BUILT_IN_PROMO_CODE, type PromoCode } from './domain/promo-codes'
export { MAX_RESENDS, RESEND_WINDOW_MINUTES } from './domain/resend-limit'
export { SHIPSTATION_FIXTURE_STATES, type ShipStationFixture } from './domain/shipstation-fixture'
export { ERROR_CODES, ShipStationError, type ShipStationErrorCode } from './errors'
export { SESSION_COOKIE } from './lib/session'
