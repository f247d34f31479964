import { describe, expect, it } from 'vitest'
import { AUTO_FUNDING_REASON } from '../domain/auto-funding'
import {
  type Client,
  completeSetup,
  createHarness,
  type Harness,
  register,
} from '../testing/harness'

const keyOf = (html: string) => html.match(/name="idempotencyKey" value="([^"]+)"/)?.[1] ?? ''

async function ready() {
  const h = await createHarness()
  const client = h.client()
  const accountId = await completeSetup(client)
  return { h, client, accountId }
}

const balanceOf = async (client: Client) =>
  ((await (await client.get('/api/v1/balance')).json()) as { balanceCents: number }).balanceCents

const ledgerOf = (h: Harness, accountId: string) =>
  h.store.forTenant('default').get<{ transactions: unknown[] }>('balance_ledgers', accountId)

describe('Balance: Add funds', () => {
  it('adds funds from the card, confirms it and lists it in the history', async () => {
    const { client } = await ready()
    const page = await (await client.get('/balance')).text()
    expect(page).toContain('<h2>Add funds</h2>')
    const res = await client.postForm('/balance/funds', {
      amount: '50',
      idempotencyKey: keyOf(page),
    })
    expect(res.headers.get('location')).toBe('/balance')
    const html = await (await client.get('/balance')).text()
    expect(html).toContain('Funds were added to your ShipStation Balance.')
    expect(html).toContain('<strong data-balance="5000">$50.00</strong>')
    expect(html).toMatch(
      /Funds added \(visa ending in 4242\)<\/td><td>\+\$50\.00<\/td><td>\$50\.00/i,
    )
    // The confirmation is shown once.
    expect(await (await client.get('/balance')).text()).not.toContain('Funds were added')
  })

  it('adds once when the same form is submitted twice (its hidden Idempotency-Key)', async () => {
    const { client } = await ready()
    const key = keyOf(await (await client.get('/balance')).text())
    await client.postForm('/balance/funds', { amount: '25.50', idempotencyKey: key })
    await client.postForm('/balance/funds', { amount: '25.50', idempotencyKey: key })
    expect(await balanceOf(client)).toBe(2550)
  })

  it.each([
    ['9.99', 'The amount to add must be between $10.00 and $1000.00.'],
    ['1000.01', 'The amount to add must be between $10.00 and $1000.00.'],
    ['ten', 'Enter the amount to add in dollars'],
    ['', 'Enter the amount to add in dollars'],
  ])('refuses %j beside the field, adding nothing', async (amount, message) => {
    const { h, client, accountId } = await ready()
    const key = keyOf(await (await client.get('/balance')).text())
    const res = await client.postForm('/balance/funds', { amount, idempotencyKey: key })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('id="field-amount-error"')
    expect(html).toContain(message)
    expect(await ledgerOf(h, accountId)).toBeUndefined()
  })

  it('answers the JSON twin, which needs an Idempotency-Key and answers a repeat with the first result', async () => {
    const { h, client, accountId } = await ready()
    const missing = await client.postJson('/api/v1/balance/funds', { amount: 20 })
    expect(missing.status).toBe(400)
    expect(await missing.json()).toMatchObject({ errors: [{ field: 'idempotencyKey' }] })
    expect(await ledgerOf(h, accountId)).toBeUndefined()
    const send = () =>
      client.request('/api/v1/balance/funds', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'order-123456' },
        body: JSON.stringify({ amount: 20 }),
      })
    const first = (await (await send()).json()) as { id: string; amount: number }
    const second = (await (await send()).json()) as { id: string }
    expect(first.amount).toBe(2000)
    expect(second.id).toBe(first.id)
    expect(await balanceOf(client)).toBe(2000)
  })
})

describe('Balance: auto-fund', () => {
  const settings = { enabled: 'on', threshold: '20', amount: '100', dailyMaximum: '300' }

  it('saves the settings, confirms them and shows them again', async () => {
    const { client } = await ready()
    const res = await client.postForm('/balance/auto-funding', settings)
    expect(res.headers.get('location')).toBe('/balance')
    const html = await (await client.get('/balance')).text()
    expect(html).toContain('Your auto-fund settings were saved.')
    expect(html).toContain('value="100.00"')
    expect(html).toMatch(/id="field-enabled"[^>]*checked/)
  })

  it.each([
    [{ amount: '9' }, 'amount', 'The auto-fund amount must be between $10.00 and $500.00.'],
    [{ amount: '500.01' }, 'amount', 'The auto-fund amount must be between $10.00 and $500.00.'],
    [
      { dailyMaximum: '50' },
      'dailyMaximum',
      'The daily maximum must be at least the auto-fund amount',
    ],
    [{ threshold: '-1' }, 'threshold', 'Enter the threshold in dollars'],
  ])('refuses %j beside %s, saving nothing', async (change, field, message) => {
    const { h, client, accountId } = await ready()
    const res = await client.postForm('/balance/auto-funding', { ...settings, ...change })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain(`id="field-${field}-error"`)
    expect(html).toContain(message)
    expect(await h.store.forTenant('default').get('auto_funding', accountId)).toBeUndefined()
  })

  it('answers the JSON twin and lists the settings in GET /api/v1/balance', async () => {
    const { client } = await ready()
    const res = await client.request('/api/v1/balance/auto-funding', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enabled: true, threshold: 20, amount: 100, dailyMaximum: 300 }),
    })
    expect(res.status).toBe(200)
    const balance = (await (await client.get('/api/v1/balance')).json()) as {
      autoFunding: { amountCents: number; enabled: boolean }
    }
    expect(balance.autoFunding).toMatchObject({ amountCents: 10_000, enabled: true })
  })

  it('is refused without a payment method', async () => {
    const h = await createHarness()
    const client = h.client()
    await register(client)
    const res = await client.request('/api/v1/balance/auto-funding', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enabled: true, threshold: 20, amount: 100, dailyMaximum: 300 }),
    })
    expect(res.status).toBe(409)
    expect(await res.json()).toMatchObject({ code: 'no_payment_method' })
  })

  it('records the reason auto-fund top-ups carry in the ledger', () => {
    expect(AUTO_FUNDING_REASON).toBe('auto_funding')
  })
})
