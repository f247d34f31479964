import { describe, expect, it } from 'vitest'
import { locationOf, TestBrowser } from '../testing/client'
import {
  AUCTANE_BASIC,
  AUCTANE_REDIRECT,
  CHALLENGE,
  createFixture,
  createTestApp,
  linkAsAuctane,
  recordingPeer,
  signIn,
} from '../testing/harness'

const authorizeUrl = (scope = 'payments labels prices tracking') =>
  `/oauth2/v3/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: 'auctane',
    redirect_uri: AUCTANE_REDIRECT,
    scope,
    state: 'st-9',
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
  })}`

const form = (body: Record<string, string>) => ({
  method: 'POST',
  headers: { authorization: AUCTANE_BASIC, 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(body).toString(),
})

async function signedIn(state: 'epa-active' | 'linked-pending' | 'linked-approved' = 'epa-active') {
  const stamps = recordingPeer()
  const t = createTestApp({ stampsFetch: stamps.fetch })
  const fixture = await createFixture(t, { state })
  const browser = new TestBrowser(t.app)
  await signIn(t, browser, fixture.username)
  return { t, fixture, browser, stamps }
}

describe('Grant Auctane Access', () => {
  it('lists what Auctane gets in words', async () => {
    const { browser } = await signedIn()
    const consent = locationOf(await browser.get(authorizeUrl()))
    const html = await (await browser.get(consent)).text()
    expect(html).toContain(
      '<li>Use your Enterprise Payment Account, CRID and MIDs to pay for postage</li>',
    )
    expect(html).toContain(
      '<li>Create and cancel domestic shipping labels charged to your account</li>',
    )
    expect(html).toContain(
      '<li>Look up commercial prices and your negotiated (NSA) contract prices</li>',
    )
    expect(html).toContain('<li>See tracking events of your packages</li>')
    expect(html).not.toContain('sandbox test client')
  })

  it('Cancel answers error=access_denied to the client and issues no code', async () => {
    const { t, browser } = await signedIn()
    const consent = locationOf(await browser.get(authorizeUrl()))
    const back = new URL(locationOf(await browser.post(consent, { action: 'cancel' })))
    expect(back.origin + back.pathname).toBe(AUCTANE_REDIRECT)
    expect(back.searchParams.get('error')).toBe('access_denied')
    expect(back.searchParams.get('state')).toBe('st-9')
    expect(await t.data.list('authorization_codes')).toEqual([])
  })

  it('remembers the consent: the same scopes skip the box, but sign-in and MFA are still asked', async () => {
    const { t, fixture, browser } = await signedIn()
    const first = locationOf(await browser.get(authorizeUrl()))
    expect((await browser.post(first, { action: 'authorize' })).status).toBe(400)
    expect((await browser.post(first, { agree: 'on', action: 'authorize' })).status).toBe(200)
    // A new browser: sign-in with MFA first, then no box to tick.
    const other = new TestBrowser(t.app)
    const login = locationOf(await other.get(authorizeUrl('payments labels')))
    expect(login).toMatch(/^\/login\?return_to=/)
    const consent = new URLSearchParams(login.split('?')[1]).get('return_to') ?? ''
    await signIn(t, other, fixture.username, consent)
    const html = await (await other.get(consent)).text()
    expect(html).toContain('You already gave Auctane this access on 2026-05-01.')
    expect(html).not.toContain('name="agree"')
    const done = await other.post(consent, { action: 'authorize' })
    expect(done.status).toBe(200)
    expect(await done.text()).toContain('Go to Auctane')
    // A wider scope asks again.
    const wider = locationOf(
      await other.get(authorizeUrl('payments labels prices tracking addresses')),
    )
    expect(await (await other.get(wider)).text()).toContain('name="agree"')
  })
})

describe('My Account: partners with access', () => {
  it('lists Auctane and revokes it: refresh tokens die, the link is revoked, Stamps.com hears', async () => {
    const { t, fixture, browser, stamps } = await signedIn('epa-active')
    const { tokens, payment } = await linkAsAuctane(t, browser, {
      ...fixture,
      eps: fixture.eps ?? '',
    })
    expect(payment.status).toBe(200)
    const page = await (await browser.get('/portal/account')).text()
    expect(page).toContain('<strong>Auctane</strong>')
    const revoke = await browser.post('/portal/account/partners/auctane/revoke')
    expect(locationOf(revoke)).toBe('/portal/account')
    expect(await (await browser.get('/portal/account')).text()).toContain(
      'You have not given any partner access',
    )
    const refresh = await t.app.request(
      '/oauth2/v3/token',
      form({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }),
    )
    expect(refresh.status).toBe(400)
    expect(await refresh.json()).toMatchObject({ error: 'invalid_grant' })
    const introspect = await t.app.request(
      '/oauth2/v3/introspect',
      form({ token: tokens.access_token }),
    )
    expect(await introspect.json()).toEqual({ active: false })
    const [link] = (await (await t.app.request('/__sandbox/nsa-links')).json()) as {
      id: string
      status: string
    }[]
    expect(link?.status).toBe('revoked')
    expect(stamps.received).toEqual([
      expect.objectContaining({
        event: 'nsa_link.revoked',
        data: {
          linkId: link?.id,
          crid: fixture.crid,
          mid: fixture.mid,
          epsNumber: fixture.eps,
          uspsAccountId: fixture.accountId,
        },
      }),
    ])
    // The next authorize asks for the box again.
    const consent = locationOf(await browser.get(authorizeUrl()))
    expect(await (await browser.get(consent)).text()).toContain('name="agree"')
  })

  it('revokes an approved fixture link too, and 404s a partner never granted', async () => {
    const { t, browser, stamps } = await signedIn('linked-approved')
    const none = await browser.post('/portal/account/partners/sandbox-client/revoke')
    expect(none.status).toBe(404)
    await browser.post('/portal/account/partners/auctane/revoke')
    const [link] = (await (await t.app.request('/__sandbox/nsa-links')).json()) as {
      status: string
    }[]
    expect(link?.status).toBe('revoked')
    expect(stamps.received.map((e) => e.event)).toEqual(['nsa_link.revoked'])
  })
})
