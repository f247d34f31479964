import { describe, expect, it } from 'vitest'
import { createHarness, GOOD_CARD, PHONE_E164, register } from '../testing/harness'

async function verified() {
  const h = await createHarness()
  const client = h.client()
  await register(client)
  await client.postForm('/verify/email', {
    code: (await client.latestMessage('ada@example.com', 'email')).code!,
  })
  await client.postForm('/verify/phone', {
    code: (await client.latestMessage(PHONE_E164, 'sms')).code!,
  })
  return { h, client }
}

describe('ShipStation Balance', () => {
  it('shows the form with the contract labels', async () => {
    const { client } = await verified()
    const html = await (await client.get('/balance')).text()
    expect(html).toContain('<h1>ShipStation Balance</h1>')
    expect(html).toContain('<h2>Add a payment method</h2>')
    for (const label of [
      'Name on card',
      'Card number',
      'Expiry (MM/YY)',
      'Security code (CVC)',
      'Billing ZIP code',
    ]) {
      expect(html).toContain(`">${label}</label>`)
    }
    expect(html).toContain('>Add Payment Method</button>')
  })

  it('adds the test card, keeping only brand and last four digits', async () => {
    const { h, client } = await verified()
    const res = await client.postForm('/balance', GOOD_CARD)
    expect(res.headers.get('location')).toBe('/dashboard')
    const [account] = await h.accounts()
    expect(account?.paymentMethods).toEqual([
      expect.objectContaining({ brand: 'Visa', last4: '4242', expiry: '12/30' }),
    ])
    const stored = JSON.stringify(account)
    expect(stored).not.toContain('4242424242424242')
    expect(stored).not.toContain('"123"')
    expect(await (await client.get('/balance')).text()).toContain('Visa ending in 4242')
  })

  it('refuses the declined test card with the guide words and stores nothing', async () => {
    const { h, client } = await verified()
    const res = await client.postForm('/balance', {
      ...GOOD_CARD,
      cardNumber: '4000 0000 0000 0002',
    })
    expect(res.status).toBe(402)
    const html = await res.text()
    expect(html).toContain(
      'Your card was declined. Use another card (test card: 4242 4242 4242 4242).',
    )
    expect(html).not.toMatch(/<input id="field-cardNumber"[^>]*value=/)
    expect(html).toMatch(/<input id="field-cardholderName"[^>]*value="Ada Lovelace"/)
    expect((await h.accounts())[0]?.paymentMethods).toEqual([])
  })

  it('refuses a card that expired before the sandbox clock date', async () => {
    const { h, client } = await verified()
    const res = await client.postForm('/balance', { ...GOOD_CARD, expiry: '02/26' })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('id="field-expiry-error"')
    expect(html).toContain('This card expired (02/26).')
    expect((await h.accounts())[0]?.paymentMethods).toEqual([])
  })

  it('refuses a card once the clock passes its expiry month', async () => {
    const { h, client } = await verified()
    await client.advanceClock('31d')
    await client.postForm('/login', { email: 'ada@example.com', password: 'Secret123' })
    const res = await client.postForm('/balance', { ...GOOD_CARD, expiry: '03/26' })
    expect(res.status).toBe(400)
    expect((await h.accounts())[0]?.paymentMethods).toEqual([])
  })

  it.each([
    ['cardNumber', '4242 4242 4242 4241'],
    ['expiry', '13/30'],
    ['cvc', '12'],
    ['billingZip', 'ABCDE'],
    ['cardholderName', ''],
  ])('refuses a bad %s beside the field', async (field, value) => {
    const { h, client } = await verified()
    const res = await client.postForm('/balance', { ...GOOD_CARD, [field]: value })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain(`id="field-${field}-error"`)
    expect((await h.accounts())[0]?.paymentMethods).toEqual([])
  })

  it('sends an unverified account to the verification step first', async () => {
    const h = await createHarness()
    const client = h.client()
    await register(client)
    expect((await client.get('/balance')).headers.get('location')).toBe('/verify/email')
    const res = await client.postJson('/api/v1/balance/payment-methods', GOOD_CARD)
    expect(res.status).toBe(409)
    expect((await h.accounts())[0]?.paymentMethods).toEqual([])
  })

  it('answers the JSON twin with the card summary only', async () => {
    const { client } = await verified()
    const res = await client.postJson('/api/v1/balance/payment-methods', GOOD_CARD)
    expect(res.status).toBe(201)
    const body = await res.json()
    expect(body.paymentMethod).toEqual({
      id: expect.any(String),
      brand: 'Visa',
      last4: '4242',
      expiry: '12/30',
    })
    expect(body.account.hasPaymentMethod).toBe(true)
    const declined = await client.postJson('/api/v1/balance/payment-methods', {
      ...GOOD_CARD,
      cardNumber: '4000000000000002',
    })
    expect(declined.status).toBe(402)
    expect((await declined.json()).detail).toBe(
      'Your card was declined. Use another card (test card: 4242 4242 4242 4242).',
    )
  })
})
