import { describe, expect, it } from 'vitest'
import { createHarness, PHONE_E164, register, VALID_REGISTRATION } from '../testing/harness'

describe('GET|POST /register', () => {
  it('shows the form with the contract labels and button', async () => {
    const h = await createHarness()
    const html = await (await h.client().get('/register')).text()
    expect(html).toContain('<h1>Create your ShipStation account</h1>')
    for (const label of [
      'First name',
      'Last name',
      'Company',
      'Email',
      'Phone',
      'Password',
      'Promo code',
    ]) {
      expect(html).toMatch(new RegExp(`<label for="field-\\w+">${label}</label>`))
    }
    expect(html).toContain('>Create Account</button>')
  })

  it('creates the account, signs in, and emails a 6-digit code and a 24h link', async () => {
    const h = await createHarness()
    const client = h.client()
    const res = await register(client)
    expect(res.headers.get('location')).toBe('/verify/email')
    expect(client.hasCookie('shipstation_session')).toBe(true)
    const [account] = await h.accounts()
    expect(account).toMatchObject({
      email: 'ada@example.com',
      phone: PHONE_E164,
      promoCode: 'USPS-NSA-DEMO',
      copStatus: 'not_started',
    })
    expect(account?.passwordHash).toMatch(/^scrypt\$/)
    expect(JSON.stringify(account)).not.toContain('Secret123')
    const email = await client.latestMessage('ada@example.com', 'email')
    expect(email.code).toMatch(/^\d{6}$/)
    expect(email.link).toMatch(/^http:\/\/shipstation\.test\/verify\/email\/confirm\?token=[\w-]+$/)
    expect(email.text).toContain(email.code)
  })

  it.each([
    ['firstName', '', 'Enter your first name.'],
    ['lastName', '  ', 'Enter your last name.'],
    ['company', '', 'Enter your company name.'],
    ['email', 'not-an-email', 'Enter a valid email address, e.g. name@example.com.'],
    ['phone', '555-0100', 'Enter a 10-digit US phone number, e.g. (555) 010-0100.'],
    ['password', 'short1', 'Use at least 8 characters for the password.'],
    ['promoCode', 'X'.repeat(65), 'A promo code has at most 64 characters.'],
  ])('refuses a bad %s inline and creates nothing', async (field, value, message) => {
    const h = await createHarness()
    const client = h.client()
    const res = await client.postForm('/register', { ...VALID_REGISTRATION, [field]: value })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain(`<p class="field-error" id="field-${field}-error" role="alert">`)
    expect(html).toContain(message)
    expect(await h.accounts()).toEqual([])
    expect(client.hasCookie('shipstation_session')).toBe(false)
    expect(await (await client.get('/__sandbox/outbox')).json()).toEqual([])
  })

  it('refuses an unknown promo code beside the field, keeping what was typed', async () => {
    const h = await createHarness()
    const client = h.client()
    const res = await client.postForm('/register', { ...VALID_REGISTRATION, promoCode: 'FAKE-42' })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain(
      'The promo code FAKE-42 is not valid. Use the promo code your USPS representative gave you.',
    )
    expect(html).toContain('id="field-promoCode-error"')
    expect(html).toContain('value="Analytical Engines LLC"')
    expect(html).not.toContain('Secret123')
    expect(await h.accounts()).toEqual([])
  })

  it('accepts a promo code added for the tenant through the control API', async () => {
    const h = await createHarness()
    const client = h.client('acme')
    const added = await client.postJson('/__sandbox/promo-codes', { code: 'acme-nsa-2026' })
    expect(added.status).toBe(201)
    await register(client, { promoCode: 'ACME-NSA-2026' })
    expect((await h.accounts('acme'))[0]?.promoCode).toBe('ACME-NSA-2026')
    const email = await client.latestMessage('ada@example.com', 'email')
    expect(new URL(email.link!).searchParams.get('sandbox_tenant')).toBe('acme')
    const other = await h.client('other').postForm('/register', {
      ...VALID_REGISTRATION,
      promoCode: 'ACME-NSA-2026',
    })
    expect(other.status).toBe(400)
  })

  it('refuses a malformed promo code sent to the control API', async () => {
    const h = await createHarness()
    const res = await h.client().postJson('/__sandbox/promo-codes', { code: 'has spaces' })
    expect(res.status).toBe(400)
    const list = await (await h.client().get('/__sandbox/promo-codes')).json()
    expect(list).toMatchObject({ promoCodes: ['USPS-NSA-DEMO'] })
  })

  it('refuses a second account with the same email, whatever its case', async () => {
    const h = await createHarness()
    await register(h.client())
    const second = h.client()
    const res = await second.postForm('/register', {
      ...VALID_REGISTRATION,
      email: 'ADA@Example.com',
      firstName: 'Other',
    })
    expect(res.status).toBe(409)
    const html = await res.text()
    expect(html).toContain('id="field-email-error"')
    expect(html).toContain('An account with the email ada@example.com already exists.')
    expect(await h.accounts()).toHaveLength(1)
    expect(second.hasCookie('shipstation_session')).toBe(false)
  })

  it('answers the JSON twin with 201 {account, sessionToken} and problem+json on bad input', async () => {
    const h = await createHarness()
    const client = h.client()
    const bad = await client.postJson('/api/v1/accounts', { ...VALID_REGISTRATION, phone: 'x' })
    expect(bad.status).toBe(400)
    expect(bad.headers.get('content-type')).toContain('application/problem+json')
    expect((await bad.json()).errors[0].field).toBe('phone')
    expect(await h.accounts()).toEqual([])

    const res = await h.client().postJson('/api/v1/accounts', VALID_REGISTRATION)
    expect(res.status).toBe(201)
    const body = await res.json()
    expect(body.sessionToken).toEqual(expect.any(String))
    expect(body.account).toMatchObject({ email: 'ada@example.com', emailVerified: false })
    const me = await h.app.request('http://shipstation.test/api/v1/account', {
      headers: { authorization: `Bearer ${body.sessionToken}` },
    })
    expect((await me.json()).id).toBe(body.account.id)
  })

  it('refuses a JSON body that is not an object without creating anything', async () => {
    const h = await createHarness()
    const res = await h.client().request('/api/v1/accounts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    })
    expect(res.status).toBe(400)
    expect(await h.accounts()).toEqual([])
  })
})
