import { createInProcessSandbox } from '@partner-sandbox/scenarios'
import { afterAll, describe, expect, it } from 'vitest'
import { controlCaller } from './support/world'

const sandbox = createInProcessSandbox()
const TENANT = 'promo-chain'
const control = controlCaller(sandbox.urls, sandbox.fetch, TENANT)

let n = 0
/** `POST /api/v1/accounts` on ShipStation with `promoCode`: status and problem code. */
async function register(promoCode: string) {
  n += 1
  const res = await sandbox.fetch(`${sandbox.urls.shipstation}/api/v1/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sandbox-tenant': TENANT },
    body: JSON.stringify({
      firstName: 'Pro',
      lastName: 'Mo',
      company: 'Promo Goods',
      email: `promo-${n}@example.com`,
      phone: '555-010-0143',
      password: 'Sandbox-pass-1',
      promoCode,
    }),
  })
  const body = (await res.json()) as { code?: string; detail?: string }
  return { status: res.status, code: body.code, detail: body.detail }
}

describe('promo codes from the USPS representative to a ShipStation registration', () => {
  afterAll(() => sandbox.close())

  it('a code minted at the USPS desk reaches ShipStation and works once, until it expires', async () => {
    const minted = await control('usps', 'POST', '/rep/promo-codes', {
      validDays: 2,
      issuedTo: 'ann@example.com',
      offerName: 'Acme NSA 2026',
    })
    expect(minted.status).toBe(201)
    const code = String(minted.body.code)
    expect(code).toMatch(/^USPS-NSA-\d{8}$/)
    const listed = (await control('shipstation', 'GET', '/promo-codes')).body.details as {
      code: string
      singleUse: boolean
    }[]
    expect(listed.find((p) => p.code === code)).toMatchObject({ singleUse: true })

    expect(await register(code)).toMatchObject({ status: 201 })
    const again = await register(code)
    expect(again).toMatchObject({ status: 409, code: 'promo_code_used' })
    expect(again.detail).toContain(`The promo code ${code} was already used`)

    const unknown = await register('USPS-NSA-00000000')
    expect(unknown).toMatchObject({ status: 400, code: 'invalid_promo_code' })
    expect(unknown.detail).toContain('is not valid')

    // A second code, unused, past its two days on ShipStation's clock.
    const later = await control('usps', 'POST', '/rep/promo-codes', { validDays: 2 })
    const laterCode = String(later.body.code)
    expect((await control('shipstation', 'POST', '/clock', { advance: '49h' })).status).toBe(200)
    const expired = await register(laterCode)
    expect(expired).toMatchObject({ code: 'promo_code_expired' })
    expect(expired.status).toBeGreaterThanOrEqual(400)
    expect(expired.detail).toContain(`The promo code ${laterCode} expired on`)

    // The seeded demo code stays reusable and never expires.
    expect(await register('USPS-NSA-DEMO')).toMatchObject({ status: 201 })
    expect(await register('usps-nsa-demo')).toMatchObject({ status: 201 })
  })
})
