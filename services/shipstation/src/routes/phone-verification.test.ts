import { describe, expect, it } from 'vitest'
import { createHarness, PHONE_E164, register } from '../testing/harness'

async function onPhoneStep() {
  const h = await createHarness()
  const client = h.client()
  await register(client)
  const email = await client.latestMessage('ada@example.com', 'email')
  await client.postForm('/verify/email', { code: email.code! })
  const sms = await client.latestMessage(PHONE_E164, 'sms')
  return { h, client, code: sms.code! }
}

const otherCode = (code: string) => (code === '111111' ? '222222' : '111111')

describe('phone verification', () => {
  it('verifies the phone with the texted code, then opens the Balance', async () => {
    const { h, client, code } = await onPhoneStep()
    const html = await (await client.get('/verify/phone')).text()
    expect(html).toContain('>Verify Phone</button>')
    expect(html).toContain(PHONE_E164)
    const res = await client.postForm('/verify/phone', { code })
    expect(res.headers.get('location')).toBe('/balance')
    expect((await h.accounts())[0]?.phoneVerifiedAt).toBeDefined()
    expect((await client.get('/verify/phone')).headers.get('location')).toBe('/balance')
  })

  it('refuses a wrong code inline and keeps the phone unverified', async () => {
    const { h, client, code } = await onPhoneStep()
    const res = await client.postForm('/verify/phone', { code: otherCode(code) })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('That code is not correct.')
    expect((await h.accounts())[0]?.phoneVerifiedAt).toBeUndefined()
  })

  it('locks the code after 5 wrong tries; "Resend code" texts a new one that works', async () => {
    const { h, client, code } = await onPhoneStep()
    for (let i = 0; i < 5; i++) await client.postForm('/verify/phone', { code: otherCode(code) })
    expect((await client.postForm('/verify/phone', { code })).status).toBe(429)
    expect((await h.accounts())[0]?.phoneVerifiedAt).toBeUndefined()
    await client.postForm('/verify/phone/resend')
    const fresh = await client.latestMessage(PHONE_E164, 'sms')
    expect((await client.postForm('/verify/phone', { code: fresh.code! })).status).toBe(303)
    expect((await h.accounts())[0]?.phoneVerifiedAt).toBeDefined()
  })

  it('limits "Resend code" to 3 in 30 minutes, texting nothing more, then allows it again', async () => {
    const { h, client } = await onPhoneStep()
    const texts = async () => {
      const res = await client.get(`/__sandbox/outbox?to=${encodeURIComponent(PHONE_E164)}`)
      return ((await res.json()) as { channel: string }[]).filter((m) => m.channel === 'sms').length
    }
    const before = await texts()
    for (let i = 0; i < 3; i++) {
      expect((await client.postForm('/verify/phone/resend')).status).toBe(303)
    }
    expect(await texts()).toBe(before + 3)
    const fourth = await client.postForm('/verify/phone/resend')
    expect(fourth.status).toBe(429)
    expect(await fourth.text()).toContain(
      'A new code was sent 3 times already. Use the newest code, or wait 30 minutes',
    )
    expect(await texts()).toBe(before + 3)
    // After the window a resend texts again, and its code verifies the phone.
    await client.advanceClock('31m')
    expect((await client.postForm('/verify/phone/resend')).status).toBe(303)
    expect(await texts()).toBe(before + 4)
    const fresh = await client.latestMessage(PHONE_E164, 'sms')
    expect((await client.postForm('/verify/phone', { code: fresh.code! })).status).toBe(303)
    expect((await h.accounts())[0]?.phoneVerifiedAt).toBeDefined()
  })

  it('refuses the texted code after 10 minutes on the sandbox clock', async () => {
    const { h, client, code } = await onPhoneStep()
    await client.advanceClock('11m')
    const res = await client.postForm('/verify/phone', { code })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('This code has expired.')
    expect((await h.accounts())[0]?.phoneVerifiedAt).toBeUndefined()
  })

  it('refuses phone verification through the API before the email is verified', async () => {
    const h = await createHarness()
    const client = h.client()
    await register(client)
    const res = await client.postJson('/api/v1/account/phone-verification', { code: '123456' })
    expect(res.status).toBe(409)
    expect((await res.json()).code).toBe('step_out_of_order')
  })
})
