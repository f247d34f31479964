import {
  createApp,
  ERROR_CODES,
  nextEpaStatus,
  OAuthError,
  SESSION_COOKIE,
  SUPPORTED_SCOPES,
  seededClients,
  USPS_SESSION,
  UspsApiError,
  UspsError,
} from './chunk-GH53ABFZ.js'

export {
  createApp,
  ERROR_CODES,
  nextEpaStatus,
  OAuthError,
  SESSION_COOKIE,
  SUPPORTED_SCOPES,
  seededClients,
  USPS_SESSION,
  UspsApiError,
  UspsError,
}
//# sourceMappingURL=index.js.map
