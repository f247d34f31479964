import {
  APPROVAL_BANNER_TEXT,
  BUILT_IN_PROMO_CODE,
  CONNECT_BANNER_TEXT,
  CONNECT_POPUP_TITLE,
  createApp,
  deriveOnboardingPrompts,
  ERROR_CODES,
  SESSION_COOKIE,
  ShipStationError,
} from './chunk-JAVRXURL.js'

export {
  APPROVAL_BANNER_TEXT,
  BUILT_IN_PROMO_CODE,
  CONNECT_BANNER_TEXT,
  CONNECT_POPUP_TITLE,
  createApp,
  deriveOnboardingPrompts,
  ERROR_CODES,
  SESSION_COOKIE,
  ShipStationError,
}
//# sourceMappingURL=index.js.map
