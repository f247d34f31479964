import { describe, expect, it } from 'vitest'
import { createHarness, PHONE_E164, register } from '../testing/harness'

async function registered() {
  const h = await createHarness()
  const client = h.client()
  await register(client)
  const email = await client.latestMessage('ada@example.com', 'email')
  return { h, client, code: email.code!, link: email.link! }
}

const wrongCode = (code: string) => String((Number(code) % 900000) + 100000 + 1).slice(0, 6)

describe('email verification', () => {
  it('shows the step with its label and both buttons', async () => {
    const { client } = await registered()
    const html = await (await client.get('/verify/email')).text()
    expect(html).toContain('<h1>Verify your email</h1>')
    expect(html).toContain('<label for="field-code">Email verification code</label>')
    expect(html).toContain('>Verify Email</button>')
    expect(html).toContain('>Resend code</button>')
  })

  it('verifies the email with the code, then texts a code to the phone', async () => {
    const { h, client, code } = await registered()
    const res = await client.postForm('/verify/email', { code })
    expect(res.headers.get('location')).toBe('/verify/phone')
    expect((await h.accounts())[0]?.emailVerifiedAt).toBeDefined()
    const sms = await client.latestMessage(PHONE_E164, 'sms')
    expect(sms.code).toMatch(/^\d{6}$/)
    const page = await (await client.get('/verify/phone')).text()
    expect(page).toContain('<h1>Verify your phone</h1>')
    expect(page).toContain('<label for="field-code">SMS verification code</label>')
  })

  it('sends no SMS before the email is verified', async () => {
    const { client } = await registered()
    await expect(client.latestMessage(PHONE_E164, 'sms')).rejects.toThrow('No sms message')
    expect((await client.get('/verify/phone')).headers.get('location')).toBe('/verify/email')
  })

  it('refuses a wrong code beside the field, counting the attempts left', async () => {
    const { h, client, code } = await registered()
    const res = await client.postForm('/verify/email', { code: wrongCode(code) })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('id="field-code-error"')
    expect(html).toContain('That code is not correct.')
    expect(html).toContain('4 attempts left')
    expect((await h.accounts())[0]?.emailVerifiedAt).toBeUndefined()
  })

  it('refuses a code that is not 6 digits without using an attempt', async () => {
    const { h, client, code } = await registered()
    for (let i = 0; i < 6; i++) {
      expect((await client.postForm('/verify/email', { code: 'abc' })).status).toBe(400)
    }
    expect((await client.postForm('/verify/email', { code })).status).toBe(303)
    expect((await h.accounts())[0]?.emailVerifiedAt).toBeDefined()
  })

  it('after 5 wrong codes refuses even the right one until "Resend code"', async () => {
    const { h, client, code } = await registered()
    for (let i = 0; i < 4; i++) await client.postForm('/verify/email', { code: wrongCode(code) })
    const fifth = await client.postForm('/verify/email', { code: wrongCode(code) })
    expect(fifth.status).toBe(429)
    expect(await fifth.text()).toContain('Choose &quot;Resend code&quot; to get a new code.')
    expect((await client.postForm('/verify/email', { code })).status).toBe(429)
    expect((await h.accounts())[0]?.emailVerifiedAt).toBeUndefined()

    const resend = await client.postForm('/verify/email/resend')
    expect(resend.headers.get('location')).toBe('/verify/email?resent=1')
    const fresh = await client.latestMessage('ada@example.com', 'email')
    expect(await (await client.get('/verify/email?resent=1')).text()).toContain(
      'A new code was sent.',
    )
    expect((await client.postForm('/verify/email', { code: fresh.code! })).status).toBe(303)
    expect((await h.accounts())[0]?.emailVerifiedAt).toBeDefined()
  })

  it('refuses the code after 24 hours on the sandbox clock', async () => {
    const { h, client, code } = await registered()
    await client.advanceClock('25h')
    // The login session is shorter than the code's life, so sign in again first.
    const login = await client.postForm('/login', {
      email: 'ada@example.com',
      password: 'Secret123',
    })
    expect(login.headers.get('location')).toBe('/verify/email')
    const res = await client.postForm('/verify/email', { code })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('This code has expired.')
    expect((await h.accounts())[0]?.emailVerifiedAt).toBeUndefined()
  })

  it('still accepts the code within 24 hours', async () => {
    const { h, client, code } = await registered()
    await client.advanceClock('11h')
    expect((await client.postForm('/verify/email', { code })).status).toBe(303)
    expect((await h.accounts())[0]?.emailVerifiedAt).toBeDefined()
  })

  it('verifies with the link in the email, then goes to the phone step', async () => {
    const { h, client, link } = await registered()
    const res = await client.get(link)
    expect(res.headers.get('location')).toBe('/verify/phone')
    expect((await h.accounts())[0]?.emailVerifiedAt).toBeDefined()
    await expect(client.latestMessage(PHONE_E164, 'sms')).resolves.toBeDefined()
  })

  it('verifies with the link from another browser and asks to sign in', async () => {
    const { h, link } = await registered()
    const res = await h.client().get(link)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('The email ada@example.com is verified.')
    expect((await h.accounts())[0]?.emailVerifiedAt).toBeDefined()
  })

  it('refuses an expired link, and a link replaced by "Resend code"', async () => {
    const { h, client, link } = await registered()
    await client.postForm('/verify/email/resend')
    const replaced = await client.get(link)
    expect(replaced.status).toBe(400)
    expect(await replaced.text()).toContain('This verification link is not valid')

    const newest = (await client.latestMessage('ada@example.com', 'email')).link!
    await client.advanceClock('25h')
    const expired = await client.get(newest)
    expect(expired.status).toBe(400)
    expect(await expired.text()).toContain('This verification link has expired.')
    expect((await h.accounts())[0]?.emailVerifiedAt).toBeUndefined()
  })

  it('answers the JSON twin with the account, and problem+json for a wrong code', async () => {
    const { client, code } = await registered()
    const wrong = await client.postJson('/api/v1/account/email-verification', {
      code: wrongCode(code),
    })
    expect(wrong.status).toBe(400)
    expect((await wrong.json()).code).toBe('wrong_code')
    const ok = await client.postJson('/api/v1/account/email-verification', { code })
    expect(await ok.json()).toMatchObject({ emailVerified: true, phoneVerified: false })
  })

  it('refuses the JSON twin without a session', async () => {
    const { h } = await registered()
    const res = await h.client().postJson('/api/v1/account/email-verification', { code: '123456' })
    expect(res.status).toBe(401)
  })
})
