// What an integrator's code does with ShipStation API v2 once the account exists: rates and labels.
import type { ActionParamsOf } from '../action-params'

const SHIP_FROM = {
  name: `\${firstName} \${lastName}`,
  phone: '555-010-0100',
  company_name: `\${company}`,
  address_line1: '4301 Bull Creek Rd',
  city_locality: 'Austin',
  state_province: 'TX',
  postal_code: '78731',
  country_code: 'US',
  address_residential_indicator: 'no',
}

function shipment(p: { toZip?: string; weightOz?: string }) {
  return {
    ship_from: SHIP_FROM,
    ship_to: {
      ...SHIP_FROM,
      name: 'Grace Hopper',
      company_name: null,
      address_line1: '1 Main St',
      city_locality: 'New York',
      state_province: 'NY',
      postal_code: p.toZip ?? '10001',
      address_residential_indicator: 'yes',
    },
    packages: [{ weight: { value: Number(p.weightOz ?? 16), unit: 'ounce' } }],
  }
}

function carriers(apiKey: string) {
  return {
    name: 'Find the Stamps.com carrier',
    service: 'shipstation',
    request: 'GET /v2/carriers',
    headers: { 'API-Key': apiKey },
    capture: { carrierId: { json: 'carriers.0.carrier_id' } },
  }
}

/** `POST /v2/rates` with the account's API key (`${apiKey}`, set by `given: {shipstation: ...}`). */
export function getRates(p: ActionParamsOf<'getRates'>) {
  const apiKey = p.apiKey ?? `\${apiKey}`
  return [
    carriers(apiKey),
    {
      name: 'Ask ShipStation for rates',
      service: 'shipstation',
      request: 'POST /v2/rates',
      headers: { 'API-Key': apiKey },
      json: { shipment: shipment(p), rate_options: { carrier_ids: [`\${carrierId}`] } },
      expect: { status: 200 },
    },
  ]
}

/** `POST /v2/labels`; captures `trackingNumber` and `labelId`. */
export function buyLabel(p: ActionParamsOf<'buyLabel'>) {
  const apiKey = p.apiKey ?? `\${apiKey}`
  return [
    carriers(apiKey),
    {
      name: 'Buy a label',
      service: 'shipstation',
      request: 'POST /v2/labels',
      headers: { 'API-Key': apiKey },
      json: {
        shipment: {
          ...shipment(p),
          carrier_id: `\${carrierId}`,
          service_code: p.serviceCode ?? 'usps_priority_mail',
        },
      },
      expect: { status: 200 },
      capture: {
        trackingNumber: { json: 'tracking_number' },
        labelId: { json: 'label_id' },
      },
    },
  ]
}
