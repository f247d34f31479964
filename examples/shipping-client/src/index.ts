export {
  SHIPSTATION_API,
  ShipStationClient,
  type V2Address,
  type V2Label,
  type V2Rate,
  type V2Shipment,
} from './shipstation-client'
export {
  type PaymentAccount,
  type PendingAuthorization,
  USPS_TEM,
  UspsClient,
  type UspsClientConfig,
} from './usps-client'
