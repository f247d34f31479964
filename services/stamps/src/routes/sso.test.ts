import { createMemoryStore, loadServiceKeys } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { createHarness, sessionCookieOf } from '../testing/harness'

const ssoPath = (token: string) => `/sso?token=${encodeURIComponent(token)}`

describe('GET /sso', () => {
  it('signs a ShipStation user in, creates the COP account and lands on the guidelines', async () => {
    const h = await createHarness()
    const token = await h.shipstation.ssoToken({ subject: 'ss_42', clock: await h.clockOf() })
    const res = await h.app.request(ssoPath(token))
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/guidelines')
    expect(await h.account('ss_42')).toMatchObject({
      id: 'ss_42',
      shipstationAccountId: 'ss_42',
      email: 'pat@example.com',
      name: 'Pat Shipper',
      company: 'Acme Goods',
      promoCode: 'USPS-NSA-DEMO',
      status: 'not_started',
    })
    const page = await h.app.request('/guidelines', { headers: { cookie: sessionCookieOf(res) } })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<h1>Connect your USPS business account</h1>')
  })

  it('finds the same COP account on a second sign-in and keeps its progress', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    await h.linkUsps(cookie)
    await h.signIn()
    expect((await h.store.forTenant('default').list('cop_accounts')).length).toBe(1)
    expect((await h.account())?.status).toBe('usps_linked')
  })

  it('refuses a token signed by another key with a page naming the reason', async () => {
    const h = await createHarness()
    const forger = await loadServiceKeys(createMemoryStore())
    const token = await h.shipstation.ssoToken({ clock: await h.clockOf(), keys: forger })
    const res = await h.app.request(ssoPath(token))
    expect(res.status).toBe(401)
    const html = await res.text()
    expect(html).toContain('This sign-in link is not valid: it was not signed by ShipStation')
    expect(html).toContain('Click See Instructions in ShipStation again')
    expect(res.headers.getSetCookie().some((c) => c.startsWith('stamps_session='))).toBe(false)
    expect(await h.account()).toBeUndefined()
  })

  it('refuses an expired token once the sandbox clock moved past its 60 seconds', async () => {
    const h = await createHarness()
    const token = await h.shipstation.ssoToken({ clock: await h.clockOf() })
    expect((await h.advance('2m')).status).toBe(200)
    const res = await h.app.request(ssoPath(token))
    expect(res.status).toBe(401)
    expect(await res.text()).toContain('it has expired')
    expect(await h.account()).toBeUndefined()
  })

  it('tells the lifetime ShipStation gave the expired link', async () => {
    const h = await createHarness()
    const token = await h.shipstation.ssoToken({ clock: await h.clockOf() })
    expect((await h.advance('2m')).status).toBe(200)
    const res = await h.app.request(ssoPath(token))
    expect(await res.text()).toContain('it has expired (sign-in links work for 60 seconds)')
  })

  it('refuses a replayed token', async () => {
    const h = await createHarness()
    const token = await h.shipstation.ssoToken({ clock: await h.clockOf() })
    expect((await h.app.request(ssoPath(token))).status).toBe(302)
    const replay = await h.app.request(ssoPath(token))
    expect(replay.status).toBe(401)
    expect(await replay.text()).toContain('it was already used')
    expect(replay.headers.getSetCookie().some((c) => c.startsWith('stamps_session='))).toBe(false)
  })

  it('refuses a token issued for another sandbox tenant', async () => {
    const h = await createHarness()
    const token = await h.shipstation.ssoToken({ clock: await h.clockOf(), tenant: 'other' })
    const res = await h.app.request(ssoPath(token))
    expect(res.status).toBe(401)
    expect(await res.text()).toContain('sandbox tenant &quot;other&quot;')
    expect(await h.account('ss_acct_1', 'other')).toBeUndefined()
    expect(await h.account()).toBeUndefined()
  })

  it('refuses a token meant for another audience or of another kind', async () => {
    const h = await createHarness()
    const clock = await h.clockOf()
    const wrongAudience = await h.shipstation.ssoToken({ clock, audience: 'http://elsewhere.test' })
    expect((await h.app.request(ssoPath(wrongAudience))).status).toBe(401)
    const eventToken = await h.shipstation.ssoToken({ clock, type: 'event+jwt' })
    expect((await h.app.request(ssoPath(eventToken))).status).toBe(401)
    expect(await h.account()).toBeUndefined()
  })

  it('refuses a link without a token', async () => {
    const h = await createHarness()
    const res = await h.app.request('/sso')
    expect(res.status).toBe(401)
    expect(await res.text()).toContain('This sign-in link is not valid: it has no token')
  })

  it('answers problem+json to API clients', async () => {
    const h = await createHarness()
    const res = await h.app.request('/sso?token=garbage', {
      headers: { accept: 'application/json' },
    })
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(await res.json()).toMatchObject({ status: 401, code: 'invalid_sso_link' })
  })
})

describe('POST /api/v1/sso', () => {
  it('returns a session token that works as a Bearer token', async () => {
    const h = await createHarness()
    const token = await h.shipstation.ssoToken({ clock: await h.clockOf() })
    const res = await h.app.request('/api/v1/sso', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { sessionToken: string; account: Record<string, unknown> }
    expect(body.account).toMatchObject({
      id: 'ss_acct_1',
      status: 'not_started',
      uspsLinked: false,
    })
    const connection = await h.app.request('/api/v1/connection', {
      headers: { authorization: `Bearer ${body.sessionToken}` },
    })
    expect(await connection.json()).toMatchObject({ status: 'not_started', linked: false })
  })

  it('refuses a missing token with problem+json and creates nothing', async () => {
    const h = await createHarness()
    const res = await h.app.request('/api/v1/sso', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(await h.store.forTenant('default').list('cop_accounts')).toEqual([])
  })
})

describe('pages without a session', () => {
  it.each(['/guidelines', '/connect', '/status', '/usps/link', '/usps/callback?code=x&state=y'])(
    '%s says to open it from ShipStation',
    async (path) => {
      const h = await createHarness()
      const res = await h.app.request(path)
      expect(res.status).toBe(401)
      expect(await res.text()).toContain('Open this page from ShipStation: click See Instructions.')
    },
  )

  it('has no login form anywhere', async () => {
    const h = await createHarness()
    expect((await h.app.request('/login')).status).toBe(404)
    expect(await (await h.app.request('/guidelines')).text()).not.toContain('type="password"')
  })
})
