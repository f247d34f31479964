import { createSeededRandom, DEFAULT_PASSWORD_COST } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { createApiKey, revokeApiKey } from '../domain/api-keys'
import { SHIPSTATION_URL } from '../testing/client'
import { completeSetup, createHarness, NOW } from '../testing/harness'
import { V2_TEST_ADDRESS, v2Client } from '../testing/v2-client'

const ADDRESS = { ...V2_TEST_ADDRESS, company_name: 'Analytical Engines LLC' }
const SHIP_TO = {
  ...ADDRESS,
  name: 'Grace Hopper',
  company_name: null,
  address_line1: '1 Main St',
  city_locality: 'New York',
  state_province: 'NY',
  postal_code: '10001',
  address_residential_indicator: 'yes',
}
const SHIPMENT = {
  ship_from: ADDRESS,
  ship_to: SHIP_TO,
  packages: [{ weight: { value: 1, unit: 'pound' } }],
}

interface RatesBody {
  rate_response: {
    rates: {
      rate_id: string
      service_code: string
      negotiated_rate: boolean
      shipping_amount: { amount: number }
    }[]
  }
}
interface LabelBody {
  label_id: string
  status: string
  tracking_number: string
  shipment_cost: { amount: number }
}
type ErrorBody = {
  errors: { error_code: string; error_source: string; error_type: string; message: string }[]
}

async function apiAccount() {
  const h = await createHarness()
  const client = h.client()
  const accountId = await completeSetup(client)
  const ctx = {
    store: h.store.forTenant('default'),
    clock: { now: () => new Date(NOW) },
    random: createSeededRandom(7),
    baseUrl: SHIPSTATION_URL,
    // Only the type needs it: these tests hash no passwords.
    passwordCost: DEFAULT_PASSWORD_COST,
  }
  const { key, id } = await createApiKey(ctx, accountId)
  const v2 = v2Client(h.app, key)
  const { body } = await v2('GET', '/v2/carriers')
  const carrierId = (body as { carriers: { carrier_id: string }[] }).carriers[0]?.carrier_id ?? ''
  /** add_funds is not in the published document (REPAIRS.md): its own shape is checked. */
  const addFunds = (amount: unknown, idempotencyKey?: string) =>
    h.app.request(`${SHIPSTATION_URL}/v2/carriers/${carrierId}/add_funds`, {
      method: 'PUT',
      headers: {
        'API-Key': key,
        'content-type': 'application/json',
        ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
      },
      body: JSON.stringify({ currency: 'usd', amount }),
    })
  return { h, client, ctx, accountId, key, keyId: id, v2, carrierId, addFunds }
}

const rates = (carrierId: string) => ({
  shipment: SHIPMENT,
  rate_options: { carrier_ids: [carrierId] },
})
const labelRequest = (carrierId: string, serviceCode = 'usps_priority_mail') => ({
  shipment: { ...SHIPMENT, carrier_id: carrierId, service_code: serviceCode },
})

describe('ShipStation API v2: carriers and add_funds', () => {
  it('lists the stamps_com carrier with the ShipStation Balance as its balance', async () => {
    const { v2, carrierId } = await apiAccount()
    const { status, body } = await v2('GET', '/v2/carriers')
    expect(status).toBe(200)
    expect(carrierId).toMatch(/^se-\d+$/)
    expect(body).toMatchObject({
      carriers: [{ carrier_code: 'stamps_com', balance: 0, friendly_name: 'Stamps.com' }],
      errors: [],
    })
  })

  it('adds funds once per Idempotency-Key and shows them as the carrier balance', async () => {
    const { v2, addFunds } = await apiAccount()
    const first = await addFunds(25, 'fund-1')
    expect(first.status).toBe(200)
    expect(await first.json()).toEqual({ balance: { currency: 'usd', amount: 25 } })
    expect(await (await addFunds(25, 'fund-1')).json()).toEqual({
      balance: { currency: 'usd', amount: 25 },
    })
    expect(await (await addFunds(10, 'fund-2')).json()).toEqual({
      balance: { currency: 'usd', amount: 35 },
    })
    const { body } = await v2('GET', '/v2/carriers')
    expect(body).toMatchObject({ carriers: [{ balance: 35 }] })
  })

  it('refuses a bad amount in the v2 envelope and adds nothing', async () => {
    const { v2, addFunds } = await apiAccount()
    for (const amount of [5, 'ten', 10.001]) {
      const res = await addFunds(amount)
      expect(res.status).toBe(400)
      const body = (await res.json()) as ErrorBody & { request_id: string }
      expect(body.request_id).toMatch(/^[0-9a-f-]{36}$/)
      expect(body.errors[0]).toMatchObject({
        error_source: 'ShipStation',
        error_type: 'validation',
      })
    }
    expect((await v2('GET', '/v2/carriers')).body).toMatchObject({ carriers: [{ balance: 0 }] })
  })

  it('answers 401 in the v2 envelope without a key, with an unknown key and with a revoked one', async () => {
    const { h, ctx, accountId, keyId, v2 } = await apiAccount()
    const none = await v2Client(h.app, undefined)('GET', '/v2/carriers')
    expect(none.status).toBe(401)
    expect((none.body as ErrorBody).errors[0]).toMatchObject({
      error_type: 'security',
      error_code: 'unauthorized',
    })
    expect((await v2Client(h.app, 'TEST_nope')('GET', '/v2/carriers')).status).toBe(401)
    await revokeApiKey(ctx, accountId, keyId)
    expect((await v2('GET', '/v2/carriers')).status).toBe(401)
  })
})

describe('ShipStation API v2: rates', () => {
  it('answers retail rates before approval, negotiated_rate false', async () => {
    const { v2, carrierId } = await apiAccount()
    const { status, body } = await v2('POST', '/v2/rates', rates(carrierId))
    expect(status).toBe(200)
    const list = (body as RatesBody).rate_response.rates
    expect(list.map((r) => r.service_code)).toEqual([
      'usps_priority_mail_express',
      'usps_priority_mail',
      'usps_ground_advantage',
    ])
    expect(list.every((r) => r.negotiated_rate === false)).toBe(true)
    expect(list[1]?.shipping_amount.amount).toBe(11.9)
  })

  it('answers NSA rates after approval, negotiated_rate true with the retail comparison', async () => {
    const { h, v2, carrierId } = await apiAccount()
    h.stampsPartner.nsaActive = true
    const { body } = await v2('POST', '/v2/rates', rates(carrierId))
    const priority = (body as RatesBody).rate_response.rates[1]
    expect(priority).toMatchObject({
      negotiated_rate: true,
      shipping_amount: { currency: 'usd', amount: 8.35 },
      requested_comparison_amount: { currency: 'usd', amount: 11.9 },
    })
  })

  it('refuses a bad body, an unknown carrier and bad JSON with 400 and asks Stamps.com nothing', async () => {
    const { h, v2, carrierId } = await apiAccount()
    const noWeight = await v2('POST', '/v2/rates', {
      ...rates(carrierId),
      shipment: { ...SHIPMENT, packages: [] },
    })
    expect(noWeight.status).toBe(400)
    const unknown = await v2('POST', '/v2/rates', rates('se-999'))
    expect(unknown.status).toBe(400)
    expect((unknown.body as ErrorBody).errors[0]?.error_code).toBe('invalid_identifier')
    const heavy = { ...SHIPMENT, packages: [{ weight: { value: 71, unit: 'pound' } }] }
    const tooHeavy = await v2('POST', '/v2/rates', { ...rates(carrierId), shipment: heavy })
    expect(tooHeavy.status).toBe(400)
    expect((tooHeavy.body as ErrorBody).errors[0]?.message).toContain('70 lb')
    expect((await v2('POST', '/v2/rates', '{"shipment":')).status).toBe(400)
    expect((await v2('POST', '/v2/rates', { shipment: SHIPMENT })).status).toBe(400)
    expect(h.stampsPartner.calls).toEqual([])
  })

  it('answers 500 in the v2 envelope when Stamps.com is down', async () => {
    const { h, v2, carrierId } = await apiAccount()
    h.stampsPartner.down = true
    const { status, body } = await v2('POST', '/v2/rates', rates(carrierId))
    expect(status).toBe(500)
    expect((body as ErrorBody).errors[0]).toMatchObject({ error_source: 'carrier' })
  })
})

describe('ShipStation API v2: labels', () => {
  it('buys a retail label from the Balance, gets it, voids it (refund) and refuses a second void', async () => {
    const { h, v2, carrierId, addFunds } = await apiAccount()
    await addFunds(20, 'f')
    const bought = await v2('POST', '/v2/labels', labelRequest(carrierId), {
      'Idempotency-Key': 'order-1',
    })
    expect(bought.status).toBe(200)
    const label = bought.body as LabelBody
    expect(label).toMatchObject({ status: 'completed', shipment_cost: { amount: 11.9 } })
    expect(label.label_id).toMatch(/^se-\d+$/)
    expect(label.tracking_number).toMatch(/^9400\d{18}$/)
    const again = await v2('POST', '/v2/labels', labelRequest(carrierId), {
      'Idempotency-Key': 'order-1',
    })
    expect((again.body as LabelBody).label_id).toBe(label.label_id)
    expect((await v2('GET', '/v2/carriers')).body).toMatchObject({ carriers: [{ balance: 8.1 }] })

    const got = await v2('GET', `/v2/labels/${label.label_id}`)
    expect(got.body).toMatchObject({
      label_id: label.label_id,
      tracking_number: label.tracking_number,
    })
    const pdf = await h.app.request(
      new URL((got.body as { label_download: { pdf: string } }).label_download.pdf).pathname,
    )
    expect(pdf.status).toBe(302)

    const voided = await v2('PUT', `/v2/labels/${label.label_id}/void`)
    expect(voided.body).toMatchObject({ approved: true })
    expect((await v2('GET', '/v2/carriers')).body).toMatchObject({ carriers: [{ balance: 20 }] })
    expect((await v2('GET', `/v2/labels/${label.label_id}`)).body).toMatchObject({
      status: 'voided',
      voided: true,
    })
    const twice = await v2('PUT', `/v2/labels/${label.label_id}/void`)
    expect(twice.body).toMatchObject({ approved: false, reason_code: 'label_already_voided' })
    expect((await v2('GET', '/v2/carriers')).body).toMatchObject({ carriers: [{ balance: 20 }] })
  })

  it('auto-funds once when a label takes the Balance below the threshold, up to the daily maximum', async () => {
    const { client, v2, carrierId, addFunds } = await apiAccount()
    await addFunds(20, 'f')
    const saved = await client.request('/api/v1/balance/auto-funding', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enabled: true, threshold: 15, amount: 25, dailyMaximum: 50 }),
    })
    expect(saved.status).toBe(200)
    const balance = async () =>
      ((await v2('GET', '/v2/carriers')).body as { carriers: { balance: number }[] }).carriers[0]
        ?.balance
    const buy = (key: string) =>
      v2('POST', '/v2/labels', labelRequest(carrierId), { 'Idempotency-Key': key })

    // $20 - $11.90 = $8.10 is below $15: one top-up of $25.
    expect((await buy('order-1')).status).toBe(200)
    expect(await balance()).toBe(33.1)
    // A repeat of the purchase is the same purchase: no second label, no second top-up.
    await buy('order-1')
    expect(await balance()).toBe(33.1)
    await buy('order-2') // $21.20: above the threshold, nothing added
    expect(await balance()).toBe(21.2)
    await buy('order-3') // $9.30: the second top-up, $50 today, the daily maximum
    expect(await balance()).toBe(34.3)
    await buy('order-4')
    await buy('order-5') // $10.50: a third top-up would pass the daily maximum
    expect(await balance()).toBe(10.5)

    const history = (await (await client.get('/api/v1/balance')).json()) as {
      transactions: { reason: string; amount: number; balanceAfter: number }[]
    }
    expect(history.transactions.map((t) => [t.reason, t.amount, t.balanceAfter])).toEqual([
      ['label_purchase', 1_190, 1_050],
      ['label_purchase', 1_190, 2_240],
      ['auto_funding', 2_500, 3_430],
      ['label_purchase', 1_190, 930],
      ['label_purchase', 1_190, 2_120],
      ['auto_funding', 2_500, 3_310],
      ['label_purchase', 1_190, 810],
      ['funding', 2_000, 2_000],
    ])
    const page = await (await client.get('/balance')).text()
    expect(
      page.match(
        /<td>Auto-fund \(Auto-fund below \$15\.00, Visa ending in 4242\)<\/td><td>\+\$25\.00<\/td>/g,
      ),
    ).toHaveLength(2)
  })

  it('refuses a retail label the Balance cannot pay with insufficient_funds, and writes nothing', async () => {
    const { h, v2, carrierId } = await apiAccount()
    const { status, body } = await v2('POST', '/v2/labels', labelRequest(carrierId))
    expect(status).toBe(400)
    expect((body as ErrorBody).errors[0]).toMatchObject({
      error_type: 'business_rules',
      error_code: 'insufficient_funds',
    })
    expect((body as ErrorBody).errors[0]?.message).toContain(
      'Insufficient funds. Add funds to continue.',
    )
    expect(await h.store.forTenant('default').list('labels')).toEqual([])
  })

  it('buys an NSA label charged to the EPA through Stamps.com after approval, and voids it there', async () => {
    const { h, v2, carrierId } = await apiAccount()
    h.stampsPartner.nsaActive = true
    const { body } = await v2('POST', '/v2/labels', labelRequest(carrierId))
    const label = body as LabelBody
    expect(label.shipment_cost.amount).toBe(8.35)
    expect(h.stampsPartner.epaLedger).toEqual([
      { trackingNumber: label.tracking_number, amount: 8.35 },
    ])
    expect((await v2('GET', '/v2/carriers')).body).toMatchObject({ carriers: [{ balance: 0 }] })
    await v2('PUT', `/v2/labels/${label.label_id}/void`)
    expect(h.stampsPartner.epaLedger.at(-1)).toEqual({
      trackingNumber: label.tracking_number,
      amount: -8.35,
    })
  })

  it('buys the label of a rate by its id', async () => {
    const { v2, carrierId, addFunds } = await apiAccount()
    await addFunds(20, 'f')
    const quoted = (await v2('POST', '/v2/rates', rates(carrierId))).body as RatesBody
    const rate = quoted.rate_response.rates[2]
    const { status, body } = await v2('POST', `/v2/labels/rates/${rate?.rate_id}`, {})
    expect(status).toBe(200)
    expect(body).toMatchObject({
      service_code: 'usps_ground_advantage',
      shipment_cost: { amount: 7.6 },
    })
    // The rate's label is bought once: a repeat answers it.
    const labelId = (body as LabelBody).label_id
    const repeat = await v2('POST', `/v2/labels/rates/${rate?.rate_id}`, {})
    expect((repeat.body as LabelBody).label_id).toBe(labelId)
    // Another key for a rate of the same shipment would be a second charge: refused.
    const rebuy = await v2(
      'POST',
      `/v2/labels/rates/${rate?.rate_id}`,
      {},
      { 'Idempotency-Key': 'other' },
    )
    expect(rebuy.status).toBe(400)
    expect((rebuy.body as ErrorBody).errors[0]).toMatchObject({
      error_type: 'business_rules',
      error_code: 'invalid_status',
    })
    expect((rebuy.body as ErrorBody).errors[0]?.message).toContain(
      `already has the label ${labelId}`,
    )
    const sibling = quoted.rate_response.rates[0]?.rate_id
    expect((await v2('POST', `/v2/labels/rates/${sibling}`, {})).status).toBe(400)
    expect((await v2('GET', '/v2/carriers')).body).toMatchObject({ carriers: [{ balance: 12.4 }] })
  })

  it('answers an unknown label with the documented empty 404 and an unknown service with 400', async () => {
    const { v2, carrierId, addFunds } = await apiAccount()
    await addFunds(20, 'f')
    const missing = await v2('GET', '/v2/labels/se-1')
    expect(missing).toMatchObject({ status: 404, body: '' })
    expect((await v2('PUT', '/v2/labels/se-1/void')).status).toBe(404)
    const pigeon = await v2('POST', '/v2/labels', labelRequest(carrierId, 'usps_pigeon'))
    expect(pigeon.status).toBe(400)
    expect((pigeon.body as ErrorBody).errors[0]?.message).toContain('usps_priority_mail')
  })
})
