import { describe, expect, it } from 'vitest'
import { MAX_RESENDS, RESEND_WAIT_MINUTES } from '../domain/resend-limit'
import { createHarness, PHONE_E164, register } from '../testing/harness'

describe('"Resend code" limits', () => {
  it(`allows ${MAX_RESENDS} email resends in a row, then asks to wait ${RESEND_WAIT_MINUTES} minutes`, async () => {
    const h = await createHarness()
    const client = h.client()
    await register(client)
    for (let i = 0; i < MAX_RESENDS; i++) {
      const res = await client.postForm('/verify/email/resend')
      expect(res.headers.get('location')).toBe('/verify/email?resent=1')
    }
    const before = await client.latestMessage('ada@example.com', 'email')
    const refused = await client.postForm('/verify/email/resend')
    expect(refused.status).toBe(429)
    const html = await refused.text()
    expect(html).toContain(
      `You asked for a new email code ${MAX_RESENDS} times in a row. Wait ${RESEND_WAIT_MINUTES} minutes`,
    )
    expect(html).toContain('id="field-code-error"')
    // Nothing was sent, and the latest code still works.
    expect((await client.latestMessage('ada@example.com', 'email')).code).toBe(before.code)
    await client.advanceClock(`${RESEND_WAIT_MINUTES}m`)
    expect((await client.postForm('/verify/email/resend')).status).toBe(303)
  })

  it('limits SMS resends the same way, counted apart from email', async () => {
    const h = await createHarness()
    const client = h.client()
    await register(client)
    const email = await client.latestMessage('ada@example.com', 'email')
    await client.postForm('/verify/email', { code: email.code! })
    for (let i = 0; i < MAX_RESENDS; i++) {
      expect((await client.postForm('/verify/phone/resend')).status).toBe(303)
    }
    const refused = await client.postForm('/verify/phone/resend')
    expect(refused.status).toBe(429)
    expect(await refused.text()).toContain(`new SMS code ${MAX_RESENDS} times in a row`)
    const sms = await client.latestMessage(PHONE_E164, 'sms')
    expect((await client.postForm('/verify/phone', { code: sms.code! })).status).toBe(303)
  })

  it('bounds the guesses: resends cannot buy unlimited attempts', async () => {
    const h = await createHarness()
    const client = h.client()
    await register(client)
    let resends = 0
    while ((await client.postForm('/verify/email/resend')).status === 303) resends++
    expect(resends).toBe(MAX_RESENDS)
  })
})
