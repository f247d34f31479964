import { describe, expect, it } from 'vitest'
import { CONFIRMATION_TEXT } from '../pages/confirmation-banner'
import { createHarness, GOOD_CARD, PHONE_E164, register } from '../testing/harness'

describe('confirmation after each completed step', () => {
  it('confirms email, phone and card once, on the page that follows each', async () => {
    const h = await createHarness()
    const client = h.client()
    await register(client)
    const email = await client.latestMessage('ada@example.com', 'email')
    await client.postForm('/verify/email', { code: email.code! })
    const phonePage = await (await client.get('/verify/phone')).text()
    expect(phonePage).toContain(CONFIRMATION_TEXT['email-verified'])
    expect(await (await client.get('/verify/phone')).text()).not.toContain(
      CONFIRMATION_TEXT['email-verified'],
    )
    const sms = await client.latestMessage(PHONE_E164, 'sms')
    await client.postForm('/verify/phone', { code: sms.code! })
    expect(await (await client.get('/balance')).text()).toContain(
      CONFIRMATION_TEXT['phone-verified'],
    )
    await client.postForm('/balance', GOOD_CARD)
    const dashboard = await (await client.get('/dashboard')).text()
    expect(dashboard).toContain(
      `<div class="banner success" role="status" data-confirmation="card-added">${CONFIRMATION_TEXT['card-added']}</div>`,
    )
  })

  it('confirms nothing after a refused step', async () => {
    const h = await createHarness()
    const client = h.client()
    await register(client)
    await client.postForm('/verify/email', { code: '000000' })
    const html = await (await client.get('/verify/email')).text()
    expect(html).not.toContain('data-confirmation')
  })
})
