import { afterEach, describe, expect, it } from 'vitest'
import { V2_TEST_ADDRESS } from '../services/shipstation/src/testing/v2-client'
import { createRatesWorld } from './support/rates-world'
import { controlCaller } from './support/world'

const ADDRESS = V2_TEST_ADDRESS
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

type World = Awaited<ReturnType<typeof createRatesWorld>>
let world: World | undefined
afterEach(async () => {
  await world?.close()
  world = undefined
})

describe('rates and labels across the real ShipStation, Stamps.com and USPS, over HTTP', () => {
  it('retail before approval, NSA after (lower), NSA label on the EPA, retail label on the Balance, voids refund each', async () => {
    world = await createRatesWorld()
    const { v2 } = world
    // Every /v2 answer below is checked against ShipStation's published document.
    const carriers = (await v2('GET', '/v2/carriers')).body as {
      carriers: { carrier_id: string; balance: number }[]
    }
    const carrierId = carriers.carriers[0]?.carrier_id ?? ''
    // The happy path added $50 from the card.
    const startBalance = carriers.carriers[0]?.balance ?? 0
    expect(startBalance).toBe(50)
    const getRates = async () => {
      const { status, body } = await v2('POST', '/v2/rates', {
        shipment: SHIPMENT,
        rate_options: { carrier_ids: [carrierId] },
      })
      expect(status).toBe(200)
      return (body as { rate_response: { rates: Rate[] } }).rate_response.rates
    }
    const balance = async () =>
      ((await v2('GET', '/v2/carriers')).body as { carriers: { balance: number }[] }).carriers[0]
        ?.balance

    // The link waits at the USPS desk: retail prices only.
    const retail = await getRates()
    expect(retail.map((r) => r.negotiated_rate)).toEqual([false, false, false])

    // A retail label, paid from the ShipStation Balance; USPS's EPA is not touched.
    const retailPriority = retail.find((r) => r.service_code === 'usps_priority_mail')
    const retailAnswer = await v2('POST', `/v2/labels/rates/${retailPriority?.rate_id}`, {})
    expect(retailAnswer.status).toBe(200)
    const retailLabel = retailAnswer.body as Label
    expect(retailLabel.shipment_cost.amount).toBe(retailPriority?.shipping_amount.amount)
    const afterRetail = cents(startBalance - retailLabel.shipment_cost.amount)
    expect(await balance()).toBe(afterRetail)
    expect(await world.uspsLedger()).toEqual([])

    await world.approve()
    const nsa = await getRates()
    expect(nsa).toHaveLength(retail.length)
    for (const [i, rate] of nsa.entries()) {
      expect(rate.service_code).toBe(retail[i]?.service_code)
      expect(rate.negotiated_rate).toBe(true)
      expect(rate.requested_comparison_amount?.amount).toBe(retail[i]?.shipping_amount.amount)
      expect(rate.shipping_amount.amount).toBeLessThan(retail[i]?.shipping_amount.amount ?? 0)
    }

    // An NSA label, charged by USPS to the customer's EPA; the Balance does not move.
    const nsaPriority = nsa.find((r) => r.service_code === 'usps_priority_mail')
    const nsaAnswer = await v2('POST', `/v2/labels/rates/${nsaPriority?.rate_id}`, {})
    expect(nsaAnswer.status).toBe(200)
    const nsaLabel = nsaAnswer.body as Label
    expect(nsaLabel.shipment_cost.amount).toBe(nsaPriority?.shipping_amount.amount)
    expect(nsaLabel.tracking_number).not.toBe(retailLabel.tracking_number)
    expect(await world.uspsLedger()).toEqual([
      {
        kind: 'charge',
        trackingNumber: nsaLabel.tracking_number,
        amount: nsaLabel.shipment_cost.amount,
      },
    ])
    expect(await balance()).toBe(afterRetail)

    // Voids refund where each was charged: the EPA through Stamps.com and USPS, then the Balance.
    const nsaVoid = await v2('PUT', `/v2/labels/${nsaLabel.label_id}/void`)
    expect(nsaVoid.body).toMatchObject({ approved: true })
    expect(await world.uspsLedger()).toEqual([
      {
        kind: 'refund',
        trackingNumber: nsaLabel.tracking_number,
        amount: nsaLabel.shipment_cost.amount,
      },
      {
        kind: 'charge',
        trackingNumber: nsaLabel.tracking_number,
        amount: nsaLabel.shipment_cost.amount,
      },
    ])
    expect(await balance()).toBe(afterRetail)
    const retailVoid = await v2('PUT', `/v2/labels/${retailLabel.label_id}/void`)
    expect(retailVoid.body).toMatchObject({ approved: true })
    expect(await balance()).toBe(startBalance)
    expect(await world.uspsLedger()).toHaveLength(2)
    const shipstationLedger = await world.balanceTransactions()
    const cost = Math.round(retailLabel.shipment_cost.amount * 100)
    expect(shipstationLedger.slice(0, 2)).toMatchObject([
      { type: 'credit', reason: 'label_refund', amount: cost },
      { type: 'debit', reason: 'label_purchase', amount: cost },
    ])
    // Both labels are voided in ShipStation too.
    for (const label of [nsaLabel, retailLabel]) {
      const got = await v2('GET', `/v2/labels/${label.label_id}`)
      expect(got.body).toMatchObject({ status: 'voided', voided: true })
    }
  })

  it('shows NSA prices on the Shipments page after approval and buys a label charged to the EPA', async () => {
    world = await createRatesWorld()
    await world.approve()
    const form = await world.page('/shipments/new')
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
    const quoted = await world.submit('/shipments/new', fields)
    expect(quoted.status, quoted.body.slice(0, 500)).toBe(303)
    const location = quoted.headers.get('location') ?? ''
    const page = await world.page(location)
    expect(page).toContain('Negotiated (NSA)')
    expect(page).toMatch(/<s class="muted">Retail \$\d+\.\d\d<\/s>/)
    const rateId =
      page.match(/USPS Priority Mail<\/td>[\s\S]*?name="rateId" value="(se-\d+)"/)?.[1] ?? ''
    const bought = await world.submit(`${location}/label`, { rateId })
    expect(bought.status, bought.body.slice(0, 500)).toBe(303)
    const label = await world.page(location)
    expect(label).toContain('to your USPS Enterprise Payment Account (EPA)')
    const tracking = label.match(/\b(9\d{21})\b/)?.[1]
    const ledger = await world.uspsLedger()
    expect(ledger).toHaveLength(1)
    expect(ledger[0]).toMatchObject({ kind: 'charge', trackingNumber: tracking })
  })

  // README, "Migration (issue 11)": a quote is one USPS total-rates search per price type (RETAIL,
  // and CONTRACT once the link is approved), so a price fault armed there fails it and one armed
  // on base-rates (the old calls) leaves it alone.
  it('a USPS price fault on total-rates/search fails a quote, one search per price type; one on base-rates does not touch quotes', {
    timeout: 30_000,
  }, async () => {
    world = await createRatesWorld()
    const { v2, urls } = world
    const control = controlCaller(urls, globalThis.fetch)
    const carriers = (await v2('GET', '/v2/carriers')).body as {
      carriers: { carrier_id: string }[]
    }
    const quote = () =>
      v2('POST', '/v2/rates', {
        shipment: SHIPMENT,
        rate_options: { carrier_ids: [carriers.carriers[0]?.carrier_id ?? ''] },
      })
    const arm = async (path: string, times: number) => {
      const armed = await control('usps', 'POST', '/faults', {
        method: 'POST',
        path,
        status: 503,
        times,
      })
      expect(armed.status).toBe(201)
    }
    const hits = async () => {
      const faults = (await control('usps', 'GET', '/faults')).body as unknown as {
        hits: number
        remaining: number
      }[]
      return faults.map((f) => [f.hits, f.remaining])
    }

    await arm('/prices/v3/base-rates/search', 6)
    expect((await quote()).status).toBe(200)
    expect(await hits()).toEqual([[0, 6]])
    await control('usps', 'DELETE', '/faults')

    // Before approval: retail prices only, one search per quote.
    await arm('/prices/v3/total-rates/search', 1)
    const failed = await quote()
    expect(failed.status, JSON.stringify(failed.body)).toBeGreaterThanOrEqual(500)
    // Used up (a spent fault leaves the list) by that one quote.
    expect(await hits()).toEqual([])
    expect((await quote()).status).toBe(200)
    await control('usps', 'DELETE', '/faults')

    // After approval: RETAIL and CONTRACT, two searches per quote, both faulted by one quote.
    await world.approve()
    await arm('/prices/v3/total-rates/search', 2)
    expect((await quote()).status).toBeGreaterThanOrEqual(500)
    expect(await hits()).toEqual([])
    const priced = await quote()
    expect(priced.status).toBe(200)
    const rates = (priced.body as { rate_response: { rates: Rate[] } }).rate_response.rates
    expect(rates.map((r) => r.negotiated_rate)).toEqual([true, true, true])
  })
})

/** Dollars to the cent, as the Balance keeps them. */
function cents(dollars: number): number {
  return Math.round(dollars * 100) / 100
}
