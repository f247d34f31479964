import { describe, expect, it } from 'vitest'
import { createTestApp, PASSWORD } from '../testing/harness'

type App = ReturnType<typeof createTestApp>['app']

function client(app: App) {
  let token: string | undefined
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = res.status === 204 ? undefined : ((await res.json()) as Record<string, unknown>)
    if (typeof json?.sessionToken === 'string') token = json.sessionToken
    return { status: res.status, json: json as Record<string, never> }
  }
  return { call, forget: () => (token = undefined) }
}

const COMPANY = {
  companyName: 'Bob Freight',
  streetAddress: '1 Main St',
  city: 'Albany',
  state: 'ny',
  zipCode: '12207',
}

async function apiAccount() {
  const t = createTestApp()
  const api = client(t.app)
  await api.call('POST', '/api/v1/registrations', { email: 'bob@example.com' })
  const token = new URL((await t.newestEmail()).link ?? '').searchParams.get('token')
  await api.call('POST', '/api/v1/registrations/current/validation', { token })
  await api.call('PUT', '/api/v1/registrations/current/company', COMPANY)
  await api.call('PUT', '/api/v1/registrations/current/contact', {
    firstName: 'Bob',
    lastName: 'Hauler',
    phone: '(518) 555-0100',
  })
  const created = await api.call('POST', '/api/v1/registrations/current/account', {
    username: 'bobfreight',
    password: PASSWORD,
    confirmPassword: PASSWORD,
    acceptTerms: true,
  })
  return { t, api, created }
}

describe('JSON API twins', () => {
  it('registers through validation and the three steps and signs in', async () => {
    const { api, created } = await apiAccount()
    expect(created.status).toBe(201)
    expect(created.json.account).toMatchObject({
      email: 'bob@example.com',
      company: { state: 'NY' },
      contact: { phone: '5185550100' },
    })
    expect(created.json.account).not.toHaveProperty('passwordHash')
    const me = await api.call('GET', '/api/v1/account')
    expect(me.json).toMatchObject({ epaStatus: 'none', epsNumber: null })
  })

  it('answers problem+json for bad steps and leaves the registration as it was', async () => {
    const t = createTestApp()
    const api = client(t.app)
    const bad = await api.call('POST', '/api/v1/registrations', { email: 'nope' })
    expect(bad.status).toBe(400)
    expect(bad.json).toMatchObject({ code: 'validation_failed', errors: [{ field: 'email' }] })
    await api.call('POST', '/api/v1/registrations', { email: 'bob@example.com' })
    const early = await api.call('PUT', '/api/v1/registrations/current/company', COMPANY)
    expect(early.status).toBe(409)
    const wrongCode = await api.call('POST', '/api/v1/registrations/current/validation', {
      code: '999999' === (await t.newestEmail()).code ? '999998' : '999999',
    })
    expect(wrongCode.status).toBe(400)
    const current = await api.call('GET', '/api/v1/registrations/current')
    expect(current.json).toMatchObject({
      emailValidated: false,
      nextStep: 'validate',
      company: null,
    })
    expect(current.json).not.toHaveProperty('validation')
  })

  it('signs in with MFA, adds a card EPA and an ACH EPA elsewhere, and verifies micro-debits', async () => {
    const { t, api } = await apiAccount()
    api.forget()
    const started = await api.call('POST', '/api/v1/sessions', {
      username: 'bob@example.com',
      password: PASSWORD,
    })
    expect(started).toMatchObject({ status: 201, json: { mfaRequired: true } })
    expect((await api.call('GET', '/api/v1/account')).status).toBe(401)
    const code = (await t.newestEmail()).code
    const done = await api.call('POST', '/api/v1/sessions/current/mfa', { code })
    expect(done.status).toBe(200)

    const noTerms = await api.call('POST', '/api/v1/payment-account/ach', {
      routingNumber: '011000015',
      accountNumber: '123456',
      accountType: 'savings',
    })
    expect(noTerms.status).toBe(400)
    const ach = await api.call('POST', '/api/v1/payment-account/ach', {
      routingNumber: '011000015',
      accountNumber: '123456',
      accountType: 'savings',
      acceptTerms: true,
    })
    expect(ach.json).toMatchObject({
      status: 'pending_verification',
      ach: { microDebitsPostedAt: null },
    })
    await t.advance('2d')
    const notice = (await t.outbox()).find((m) => m.subject.startsWith('Bank notice'))
    const cents = [...(notice?.text.matchAll(/\$(0\.\d{2})/g) ?? [])].map((m) => m[1])
    // The API session expired with the day: sign in again as a person would.
    await api.call('POST', '/api/v1/sessions', { username: 'bobfreight', password: PASSWORD })
    await api.call('POST', '/api/v1/sessions/current/mfa', { code: (await t.newestEmail()).code })
    const verified = await api.call('POST', '/api/v1/payment-account/verification', {
      firstAmount: cents[0],
      secondAmount: cents[1],
    })
    expect(verified.json).toMatchObject({ status: 'active' })
    expect((await api.call('GET', '/api/v1/account')).json.epsNumber).toMatch(/^\d{10}$/)
  })

  it('adds a credit card EPA in one call with acceptTerms', async () => {
    const { api } = await apiAccount()
    const card = await api.call('POST', '/api/v1/payment-account/credit-card', {
      cardholderName: 'Bob Hauler',
      cardNumber: '4242 4242 4242 4242',
      expiry: '12/30',
      cvc: '123',
      billingZip: '12207',
      anticipatedDailySpend: 100,
      acceptTerms: true,
    })
    expect(card).toMatchObject({ status: 201, json: { status: 'active', method: 'credit_card' } })
    const second = await api.call('POST', '/api/v1/payment-account/credit-card', {
      cardholderName: 'Bob Hauler',
      cardNumber: '4242424242424242',
      expiry: '12/30',
      cvc: '123',
      billingZip: '12207',
      anticipatedDailySpend: 100,
    })
    expect(second.status).toBe(409)
    expect((await api.call('DELETE', '/api/v1/sessions/current')).status).toBe(204)
    expect((await api.call('GET', '/api/v1/account')).status).toBe(401)
  })

  it('resends the MFA code 3 times a sign-in, the newest code signing in', async () => {
    const { t, api } = await apiAccount()
    api.forget()
    expect((await api.call('POST', '/api/v1/sessions/current/mfa/resend')).status).toBe(401)
    await api.call('POST', '/api/v1/sessions', { username: 'bobfreight', password: PASSWORD })
    const first = (await t.newestEmail()).code
    const resent = await api.call('POST', '/api/v1/sessions/current/mfa/resend')
    expect(resent).toMatchObject({
      status: 200,
      json: { mfa: { channel: 'email', resendsLeft: 2, expiresAt: '2026-05-01T12:10:00.000Z' } },
    })
    for (const left of [1, 0]) {
      const again = await api.call('POST', '/api/v1/sessions/current/mfa/resend')
      expect(again.json).toMatchObject({ mfa: { resendsLeft: left } })
    }
    const newest = (await t.newestEmail()).code
    const outbox = (await t.outbox()).length
    const refused = await api.call('POST', '/api/v1/sessions/current/mfa/resend')
    expect(refused).toMatchObject({ status: 429, json: { code: 'mfa_resend_limit' } })
    expect(await t.outbox()).toHaveLength(outbox)
    expect(first).not.toBe(newest)
    expect((await api.call('POST', '/api/v1/sessions/current/mfa', { code: first })).status).toBe(
      400,
    )
    const done = await api.call('POST', '/api/v1/sessions/current/mfa', { code: newest })
    expect(done.status).toBe(200)
  })
})
