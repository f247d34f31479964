import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import {
  completeSetup,
  createHarness,
  NOW,
  register,
  SHIPSTATION_URL,
  STAMPS_URL,
} from '../testing/harness'

async function verifyWithJwks(app: Awaited<ReturnType<typeof createHarness>>['app'], url: string) {
  const token = new URL(url).searchParams.get('token')!
  const jwks = await (await app.request(`${SHIPSTATION_URL}/.well-known/jwks.json`)).json()
  const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks), {
    issuer: SHIPSTATION_URL,
    audience: STAMPS_URL,
    typ: 'sso+jwt',
    currentDate: new Date(NOW),
  })
  return { payload, protectedHeader, token }
}

describe('GET /nsa/see-instructions', () => {
  it('redirects to Stamps.com /sso with a 60 s sso+jwt that verifies against our JWKS', async () => {
    const h = await createHarness()
    const client = h.client('acme')
    const accountId = await completeSetup(client)
    const res = await client.get('/nsa/see-instructions')
    expect(res.status).toBe(302)
    const location = res.headers.get('location')!
    expect(location.startsWith(`${STAMPS_URL}/sso?token=`)).toBe(true)
    expect(new URL(location).searchParams.get('sandbox_tenant')).toBe('acme')

    const { payload, protectedHeader } = await verifyWithJwks(h.app, location)
    expect(protectedHeader.kid).toEqual(expect.any(String))
    expect(payload).toMatchObject({
      iss: SHIPSTATION_URL,
      aud: STAMPS_URL,
      sub: accountId,
      tenant: 'acme',
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      company: 'Analytical Engines LLC',
      promoCode: 'USPS-NSA-DEMO',
      jti: expect.any(String),
    })
    expect(payload.exp! - payload.iat!).toBe(60)
  })

  it('adds no tenant parameter for the default tenant', async () => {
    const h = await createHarness()
    const client = h.client()
    await completeSetup(client)
    const location = (await client.get('/nsa/see-instructions')).headers.get('location')!
    expect(new URL(location).searchParams.has('sandbox_tenant')).toBe(false)
    expect(decodeProtectedHeader(new URL(location).searchParams.get('token')!).typ).toBe('sso+jwt')
  })

  it('answers 409 with what is missing while the prompts are not due', async () => {
    const h = await createHarness()
    const client = h.client()
    await register(client)
    const res = await client.get('/nsa/see-instructions', { accept: 'text/html' })
    expect(res.status).toBe(409)
    const html = await res.text()
    expect(html).toContain('Verify your email; Verify your phone; Add a payment method')
    const api = await client.postJson('/api/v1/nsa/sso')
    expect(api.status).toBe(409)
    expect((await api.json()).code).toBe('prompts_not_due')
  })

  it('answers 409 once the connection was submitted', async () => {
    const h = await createHarness()
    const client = h.client()
    const accountId = await completeSetup(client)
    await h.sendEvent(accountId, 'cop.approval_pending')
    const res = await client.get('/nsa/see-instructions')
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('waiting for approval from USPS')
  })

  it('sends a signed-out browser to the sign-in page', async () => {
    const h = await createHarness()
    expect((await h.client().get('/nsa/see-instructions')).headers.get('location')).toBe('/login')
  })

  it('answers POST /api/v1/nsa/sso with {url} carrying a verifiable token', async () => {
    const h = await createHarness()
    const client = h.client()
    const accountId = await completeSetup(client)
    const res = await client.postJson('/api/v1/nsa/sso')
    const { url } = await res.json()
    const { payload } = await verifyWithJwks(h.app, url)
    expect(payload.sub).toBe(accountId)
  })
})
