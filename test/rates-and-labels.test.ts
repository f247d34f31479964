import { describe, expect, it } from 'vitest'
import { v2Client } from '../services/shipstation/src/testing/v2-client'
import { createRatesWorld, IDS } from './support/rates-world'

const ADDRESS = {
  name: 'Ada Lovelace',
  phone: '555-010-0100',
  address_line1: '4301 Bull Creek Rd',
  city_locality: 'Austin',
  state_province: 'TX',
  postal_code: '78731',
  country_code: 'US',
  address_residential_indicator: 'no',
}
const SHIPMENT = {
  ship_from: ADDRESS,
  ship_to: {
    ...ADDRESS,
    name: 'Grace Hopper',
    address_line1: '1 Main St',
    city_locality: 'New York',
    state_province: 'NY',
    postal_code: '10001',
  },
  packages: [{ weight: { value: 2, unit: 'pound' } }],
}

interface Rate {
  rate_id: string
  service_code: string
  negotiated_rate: boolean
  shipping_amount: { amount: number }
  requested_comparison_amount?: { amount: number }
}
interface Label {
  label_id: string
  tracking_number: string
  shipment_cost: { amount: number }
}

describe('rates and labels across ShipStation, Stamps.com and USPS', () => {
  it('retail before approval, NSA after (lower), NSA label on the EPA, retail label on the Balance, voids refund each', async () => {
    const world = await createRatesWorld()
    await world.setUpShipStation()
    const created = await (await world.browser.postForm('/settings/api-keys')).text()
    const key = created.match(/data-testid="new-api-key">([^<]+)</)?.[1] ?? ''
    // Every /v2 answer below is checked against ShipStation's published document.
    const v2 = v2Client(world.shipstation, key)
    const carriers = (await v2('GET', '/v2/carriers')).body as {
      carriers: { carrier_id: string }[]
    }
    const carrierId = carriers.carriers[0]?.carrier_id ?? ''
    const getRates = async () => {
      const { body } = await v2('POST', '/v2/rates', {
        shipment: SHIPMENT,
        rate_options: { carrier_ids: [carrierId] },
      })
      return (body as { rate_response: { rates: Rate[] } }).rate_response.rates
    }

    await world.linkUsps()
    const retail = await getRates()
    expect(retail.map((r) => r.negotiated_rate)).toEqual([false, false, false])

    // A retail label, paid from the ShipStation Balance.
    const funded = await world.shipstation.request(
      `http://shipstation.test/v2/carriers/${carrierId}/add_funds`,
      {
        method: 'PUT',
        headers: {
          'API-Key': key,
          'content-type': 'application/json',
          'Idempotency-Key': 'fund-1',
        },
        body: JSON.stringify({ currency: 'usd', amount: 50 }),
      },
    )
    expect(await funded.json()).toEqual({ balance: { currency: 'usd', amount: 50 } })
    const retailPriority = retail.find((r) => r.service_code === 'usps_priority_mail')
    const retailLabel = (await v2('POST', `/v2/labels/rates/${retailPriority?.rate_id}`, {}))
      .body as Label
    expect(retailLabel.shipment_cost.amount).toBe(retailPriority?.shipping_amount.amount)
    const balanceAfterRetail = 50 - (retailPriority?.shipping_amount.amount ?? 0)
    expect((await v2('GET', '/v2/carriers')).body).toMatchObject({
      carriers: [{ balance: balanceAfterRetail }],
    })
    expect(world.usps.state.ledger).toEqual([])

    await world.approve()
    const nsa = await getRates()
    for (const [i, rate] of nsa.entries()) {
      expect(rate.negotiated_rate).toBe(true)
      expect(rate.requested_comparison_amount?.amount).toBe(retail[i]?.shipping_amount.amount)
      expect(rate.shipping_amount.amount).toBeLessThan(retail[i]?.shipping_amount.amount ?? 0)
    }

    // An NSA label, charged by USPS to the customer's EPA; the Balance does not move.
    const nsaPriority = nsa.find((r) => r.service_code === 'usps_priority_mail')
    const nsaLabel = (await v2('POST', `/v2/labels/rates/${nsaPriority?.rate_id}`, {}))
      .body as Label
    expect(nsaLabel.shipment_cost.amount).toBe(nsaPriority?.shipping_amount.amount)
    expect(world.usps.state.ledger).toEqual([
      {
        epsNumber: IDS.epsNumber,
        trackingNumber: nsaLabel.tracking_number,
        amount: nsaLabel.shipment_cost.amount,
      },
    ])
    expect((await v2('GET', '/v2/carriers')).body).toMatchObject({
      carriers: [{ balance: balanceAfterRetail }],
    })

    // Voids refund where each was charged.
    expect((await v2('PUT', `/v2/labels/${nsaLabel.label_id}/void`)).body).toMatchObject({
      approved: true,
    })
    expect(world.usps.state.ledger.at(-1)).toEqual({
      epsNumber: IDS.epsNumber,
      trackingNumber: nsaLabel.tracking_number,
      amount: -nsaLabel.shipment_cost.amount,
    })
    expect((await v2('PUT', `/v2/labels/${retailLabel.label_id}/void`)).body).toMatchObject({
      approved: true,
    })
    expect((await v2('GET', '/v2/carriers')).body).toMatchObject({ carriers: [{ balance: 50 }] })
  })

  it('shows NSA prices on the Shipments page after approval and buys a label charged to the EPA', async () => {
    const world = await createRatesWorld()
    await world.setUpShipStation()
    await world.linkUsps()
    await world.approve()
    const form = await (await world.browser.get('/shipments/new')).text()
    const value = (name: string) =>
      form.match(new RegExp(`name="${name}"[^>]*value="([^"]*)"`))?.[1] ?? ''
    const fields: Record<string, string> = {
      to_name: 'Grace Hopper',
      to_phone: '555-010-0200',
      to_address_line1: '1 Main St',
      to_city_locality: 'New York',
      to_state_province: 'NY',
      to_postal_code: '10001',
      weightOz: '32',
    }
    for (const f of [
      'from_name',
      'from_phone',
      'from_address_line1',
      'from_city_locality',
      'from_state_province',
      'from_postal_code',
    ]) {
      fields[f] = value(f)
    }
    const quoted = await world.browser.postForm('/shipments/new', fields)
    const location = quoted.headers.get('location') ?? ''
    const page = await (await world.browser.get(location)).text()
    expect(page).toContain('Negotiated (NSA)')
    expect(page).toMatch(/<s class="muted">Retail \$\d+\.\d\d<\/s>/)
    const rateId =
      page.match(/USPS Priority Mail<\/td>[\s\S]*?name="rateId" value="(se-\d+)"/)?.[1] ?? ''
    expect((await world.browser.postForm(`${location}/label`, { rateId })).status).toBe(303)
    const label = await (await world.browser.get(location)).text()
    expect(label).toContain('to your USPS Enterprise Payment Account (EPA)')
    expect(world.usps.state.ledger).toHaveLength(1)
  })
})
