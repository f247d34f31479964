/** ShipStation API v2 in production; the tests point nothing anywhere else. */
export const SHIPSTATION_API = 'https://api.shipstation.com'

/** An address as ShipStation v2 spells it. */
export interface V2Address {
  name: string
  phone: string
  address_line1: string
  city_locality: string
  state_province: string
  postal_code: string
  country_code: string
}

export interface V2Shipment {
  ship_from: V2Address
  ship_to: V2Address
  packages: { weight: { value: number; unit: 'pound' | 'ounce' } }[]
}

/** The fields of a v2 rate this app reads. */
export interface V2Rate {
  rate_id: string
  service_code: string
  shipping_amount: { currency: string; amount: number }
  /** The retail price, present when `shipping_amount` is a negotiated (NSA) one. */
  requested_comparison_amount?: { currency: string; amount: number }
  negotiated_rate: boolean
}

/** The fields of a v2 label this app reads. */
export interface V2Label {
  label_id: string
  status: string
  tracking_number: string
  service_code: string
  shipment_cost: { currency: string; amount: number }
  label_download: { href: string; pdf: string }
}

/**
 * The app's ShipStation side: API v2 with an `API-Key`, the calls a shipping app makes to quote
 * and buy USPS labels through the customer's connected Stamps.com carrier.
 *
 * @example
 * const ship = new ShipStationClient({ apiKey })
 * const rates = await ship.rates(shipment)
 * const label = await ship.buyLabel(shipment, rates[0].service_code, 'order-1001')
 */
export class ShipStationClient {
  readonly #base: string

  constructor(private readonly config: { apiKey: string; baseUrl?: string }) {
    this.#base = config.baseUrl ?? SHIPSTATION_API
  }

  async #call<T>(method: string, path: string, body?: unknown, headers: HeadersInit = {}) {
    const res = await fetch(new URL(path, this.#base), {
      method,
      headers: { 'API-Key': this.config.apiKey, 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    if (!res.ok) throw new Error(`ShipStation ${method} ${path}: ${res.status} ${await res.text()}`)
    return (await res.json()) as T
  }

  /** The account's carrier (its Stamps.com account, which carries the USPS link). */
  async carrierId(): Promise<string> {
    const { carriers } = await this.#call<{ carriers: { carrier_id: string }[] }>(
      'GET',
      '/v2/carriers',
    )
    const id = carriers[0]?.carrier_id
    if (!id) throw new Error('ShipStation answered no carrier')
    return id
  }

  /** `POST /v2/rates`: what each USPS service costs this account for the shipment. */
  async rates(shipment: V2Shipment): Promise<V2Rate[]> {
    const carrier = await this.carrierId()
    const answer = await this.#call<{ rate_response: { rates: V2Rate[] } }>('POST', '/v2/rates', {
      shipment,
      rate_options: { carrier_ids: [carrier] },
    })
    return answer.rate_response.rates
  }

  /** `POST /v2/labels`, once per `idempotencyKey`: a retry with the same key buys nothing more. */
  async buyLabel(shipment: V2Shipment, serviceCode: string, idempotencyKey: string) {
    const carrier_id = await this.carrierId()
    return this.#call<V2Label>(
      'POST',
      '/v2/labels',
      { shipment: { ...shipment, carrier_id, service_code: serviceCode } },
      { 'Idempotency-Key': idempotencyKey },
    )
  }
}
