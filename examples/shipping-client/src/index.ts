export {
  type PaymentAccount,
  type PendingAuthorization,
  USPS_TEM,
  UspsClient,
  type UspsClientConfig,
} from './usps-client'
