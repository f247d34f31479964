import { describe, expect, it } from 'vitest'
import { createHarness, GOOD_CARD, PHONE_E164, register } from '../testing/harness'

describe('fault catalogue: shipstation.card-declined', () => {
  it('declines the next card whatever its number, stores nothing, then lets the card through', async () => {
    const h = await createHarness()
    const client = h.client()
    await register(client)
    const email = await client.latestMessage('ada@example.com', 'email')
    await client.postForm('/verify/email', { code: email.code! })
    await client.postForm('/verify/phone', {
      code: (await client.latestMessage(PHONE_E164, 'sms')).code!,
    })
    const fault = await client.postJson('/__sandbox/faults', { name: 'shipstation.card-declined' })
    expect(fault.status).toBe(201)
    expect(await fault.json()).toMatchObject({ kind: 'flag', remaining: 1, service: 'shipstation' })

    const declined = await client.postForm('/balance', GOOD_CARD)
    expect(declined.status).toBe(402)
    expect(await declined.text()).toContain('Your card was declined.')
    expect((await h.accounts())[0]?.paymentMethods).toEqual([])

    const added = await client.postJson('/api/v1/balance/payment-methods', GOOD_CARD)
    expect(added.status).toBe(201)
    expect((await h.accounts())[0]?.paymentMethods).toHaveLength(1)
  })
})
