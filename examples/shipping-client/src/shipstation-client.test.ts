// The app's ShipStation side against the fakes: its code calls https://api.shipstation.com, and
// @partner-sandbox/msw answers there, each test in its own tenant with a fixture account.
import { installPartnerSandbox } from '@partner-sandbox/msw'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ShipStationClient, type V2Address, type V2Shipment } from './shipstation-client'

const sandbox = installPartnerSandbox({ beforeAll, beforeEach, afterAll })

// The app's warehouse and a customer: fictional people, 555-01xx phone numbers.
const warehouse: V2Address = {
  name: 'Margaret Hamilton',
  phone: '555-010-0199',
  address_line1: '77 Massachusetts Ave',
  city_locality: 'Cambridge',
  state_province: 'MA',
  postal_code: '02139',
  country_code: 'US',
}
const shipment: V2Shipment = {
  ship_from: warehouse,
  ship_to: {
    ...warehouse,
    name: 'Katherine Johnson',
    city_locality: 'Hampton',
    state_province: 'VA',
    postal_code: '23666',
  },
  packages: [{ weight: { value: 1, unit: 'pound' } }],
}

describe('ShipStationClient against the ShipStation fake at https://api.shipstation.com', () => {
  it('gets NSA rates and buys a label once the USPS link is approved', async () => {
    const { apiKey } = await sandbox.fixtures.shipstationAccount('nsa-active')
    const ship = new ShipStationClient({ apiKey })

    const rates = await ship.rates(shipment)
    const priority = rates.find((r) => r.service_code === 'usps_priority_mail')
    expect(priority?.negotiated_rate).toBe(true)
    expect(priority?.shipping_amount.amount).toBeLessThan(
      priority?.requested_comparison_amount?.amount ?? 0,
    )

    const label = await ship.buyLabel(shipment, 'usps_priority_mail', 'order-1001')
    expect(label).toMatchObject({ status: 'completed', service_code: 'usps_priority_mail' })
    expect(label.tracking_number).toMatch(/^\d{10,}$/)
    expect(new URL(label.label_download.pdf).origin).toBe('https://api.shipstation.com')
    // The same key again is the same label: a retried request never buys twice.
    const again = await ship.buyLabel(shipment, 'usps_priority_mail', 'order-1001')
    expect(again.label_id).toBe(label.label_id)
  })

  it('gets retail rates only before the link is approved', async () => {
    const { apiKey } = await sandbox.fixtures.shipstationAccount('balance-ready')
    const rates = await new ShipStationClient({ apiKey }).rates(shipment)
    expect(rates.length).toBeGreaterThan(0)
    expect(rates.every((r) => !r.negotiated_rate && !r.requested_comparison_amount)).toBe(true)
  })

  it('is refused with a wrong API key', async () => {
    await expect(new ShipStationClient({ apiKey: 'not-a-key' }).rates(shipment)).rejects.toThrow(
      /ShipStation GET \/v2\/carriers: 401/,
    )
  })
})
