// How ShipStation API v2 spells our records (OpenAPI document schemas `carrier`, `rate`,
// `calculate_rates_response_body`, `label`): one place, used by the /v2 routes and webhooks.
import { urlOf } from '@partner-sandbox/shared'
import type { Account } from '../domain/accounts'
import type { Label } from '../domain/labels'
import type { ShipAddress } from '../domain/ship-address'
import type { Shipment, ShipmentRate } from '../domain/shipments'

/** The Stamps.com carrier of every account: the USPS services ShipStation sells. */
export const STAMPS_CARRIER_CODE = 'stamps_com'
const CARRIER_NAME = 'Stamps.com'
const money = (cents: number) => ({ currency: 'usd', amount: cents / 100 })

/** The account's one carrier id (`se-` and the account's digits: stable, no lookup). */
export function carrierIdOf(accountId: string): string {
  return `se-${accountId.replace(/\D/g, '') || '0'}`
}

export function v2Carrier(account: Account, balanceCents: number, services: ShipmentRate[] = []) {
  return {
    carrier_id: carrierIdOf(account.id),
    carrier_code: STAMPS_CARRIER_CODE,
    account_number: account.id,
    requires_funded_amount: true,
    balance: balanceCents / 100,
    nickname: `ShipStation Account - ${CARRIER_NAME}`,
    friendly_name: CARRIER_NAME,
    funding_source_id: null,
    primary: true,
    has_multi_package_supporting_services: false,
    supports_label_messages: true,
    disabled_by_billing_plan: false,
    services: services.map((s) => ({
      carrier_id: carrierIdOf(account.id),
      service_code: s.serviceCode,
      name: s.serviceName,
      domestic: true,
      international: false,
      is_multi_package_supported: false,
    })),
    packages: [],
    options: [],
  }
}

function v2Address(address: ShipAddress) {
  return {
    name: address.name,
    phone: address.phone,
    email: null,
    company_name: address.company_name ?? null,
    address_line1: address.address_line1,
    address_line2: address.address_line2 ?? null,
    city_locality: address.city_locality,
    state_province: address.state_province,
    postal_code: address.postal_code,
    country_code: address.country_code,
    address_residential_indicator: address.address_residential_indicator,
  }
}

export function v2Rate(shipment: Shipment, rate: ShipmentRate) {
  const negotiated = rate.nsaAmount !== null
  return {
    rate_id: rate.id,
    rate_type: 'shipment',
    carrier_id: carrierIdOf(shipment.accountId),
    shipping_amount: money(rate.nsaAmount ?? rate.retailAmount),
    insurance_amount: money(0),
    confirmation_amount: money(0),
    other_amount: money(0),
    // The retail price beside a negotiated one, so an integrator sees the NSA difference.
    ...(negotiated ? { requested_comparison_amount: money(rate.retailAmount) } : {}),
    zone: rate.zone,
    package_type: 'package',
    delivery_days: rate.deliveryDays,
    guaranteed_service: false,
    negotiated_rate: negotiated,
    service_type: rate.serviceName,
    service_code: rate.serviceCode,
    trackable: true,
    carrier_code: STAMPS_CARRIER_CODE,
    carrier_nickname: `ShipStation Account - ${CARRIER_NAME}`,
    carrier_friendly_name: CARRIER_NAME,
    validation_status: 'valid',
    warning_messages: [],
    error_messages: [],
  }
}

function v2Package(shipment: Shipment) {
  const { weightOz, lengthIn, widthIn, heightIn } = shipment.package
  return {
    weight: { value: weightOz, unit: 'ounce' },
    ...(lengthIn && widthIn && heightIn
      ? { dimensions: { unit: 'inch', length: lengthIn, width: widthIn, height: heightIn } }
      : {}),
  }
}

function v2ShipmentFields(shipment: Shipment) {
  return {
    shipment_id: shipment.id,
    carrier_id: carrierIdOf(shipment.accountId),
    ship_date: shipment.createdAt,
    created_at: shipment.createdAt,
    modified_at: shipment.modifiedAt,
    shipment_status: shipment.status,
    ship_to: v2Address(shipment.shipTo),
    ship_from: v2Address(shipment.shipFrom),
    return_to: v2Address(shipment.shipFrom),
    confirmation: 'none',
    customs: null,
    advanced_options: {},
    insurance_provider: 'none',
    tags: [],
    packages: [v2Package(shipment)],
    total_weight: { value: shipment.package.weightOz, unit: 'ounce' },
  }
}

/** `POST /v2/rates` answer: the shipment and its `rate_response`. */
export function v2RatesResponse(shipment: Shipment) {
  return {
    ...v2ShipmentFields(shipment),
    rate_response: {
      rates: shipment.rates.map((rate) => v2Rate(shipment, rate)),
      invalid_rates: [],
      rate_request_id: shipment.id,
      shipment_id: shipment.id,
      status: 'completed',
      errors: [],
    },
  }
}

/** A label as v2 answers it; `baseUrl` makes its download link absolute. */
export function v2Label(label: Label, baseUrl: string) {
  const pdf = urlOf(baseUrl, `/labels/${label.id}.pdf`)
  return {
    label_id: label.id,
    status: label.status,
    shipment_id: label.shipmentId,
    ship_date: label.createdAt,
    created_at: label.createdAt,
    shipment_cost: money(label.amount),
    insurance_cost: money(0),
    tracking_number: label.trackingNumber,
    is_return_label: false,
    is_international: false,
    carrier_id: carrierIdOf(label.accountId),
    service_code: label.serviceCode,
    test_label: true,
    voided: label.status === 'voided',
    voided_at: label.voidedAt ?? null,
    label_format: 'pdf',
    label_layout: '4x6',
    trackable: true,
    carrier_code: STAMPS_CARRIER_CODE,
    tracking_status: 'unknown',
    label_download: { href: pdf, pdf },
    batch_id: null,
    label_image_id: null,
    form_download: null,
    paperless_download: null,
    insurance_claim: null,
    rma_number: null,
    charge_event: 'on_creation',
    package_code: 'package',
    display_scheme: 'label',
    packages: [
      {
        package_id: 1,
        package_code: 'package',
        weight: { value: label.weightOz, unit: 'ounce' },
        tracking_number: label.trackingNumber,
        label_download: { href: pdf, pdf },
        sequence: 1,
      },
    ],
    rate_details: [
      {
        rate_detail_type: 'shipping',
        carrier_description: label.negotiated ? 'Postage (NSA)' : 'Postage',
        carrier_billing_code: 'shipping',
        carrier_memo:
          label.charged === 'usps_epa'
            ? 'Charged to the USPS EPA'
            : 'Charged to the ShipStation Balance',
        amount: money(label.amount),
      },
    ],
  }
}
