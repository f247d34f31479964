import { describe, expect, it } from 'vitest'
import { locationOf, TestBrowser } from '../testing/client'
import {
  AUCTANE_REDIRECT,
  addTestCard,
  authorizeAuctane,
  CHALLENGE,
  createTestApp,
  exchangeCode,
  registerAccount,
  signIn,
  type TestApp,
  VERIFIER,
} from '../testing/harness'

function authorizeQuery(change: Record<string, string | undefined> = {}) {
  const params: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: 'auctane',
    redirect_uri: AUCTANE_REDIRECT,
    scope: 'payments labels prices tracking',
    state: 'xyz',
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
    ...change,
  }
  const defined = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)
  return `/oauth2/v3/authorize?${new URLSearchParams(defined)}`
}

async function signedUp() {
  const t = createTestApp()
  const browser = new TestBrowser(t.app)
  await registerAccount(t, browser)
  // Auctane links only accounts with an Enterprise Payment Account (guide Step 3).
  const account = await addTestCard(browser)
  // Consent needs a sign-in with MFA, not only the session account creation left.
  await signIn(t, browser, 'annships')
  return { t, browser, account }
}

describe('OAuth authorization endpoint and consent', () => {
  it('sends a signed-out user through Sign In and MFA to "Grant Auctane Access"', async () => {
    const { t } = await signedUp()
    const browser = new TestBrowser(t.app)
    const login = locationOf(await browser.get(authorizeQuery()))
    expect(login).toMatch(/^\/login\?return_to=%2Foauth2%2Fv3%2Fconsent%2F/)
    const returnTo = new URLSearchParams(login.split('?')[1]).get('return_to') ?? ''
    // Half signed in: the consent screen is still out of reach.
    await browser.post('/login', {
      username: 'annships',
      password: 'Postal12345',
      return_to: returnTo,
    })
    expect(locationOf(await browser.get(returnTo))).toBe('/login/mfa')
    const code = (await t.newestEmail()).code ?? ''
    expect(locationOf(await browser.post('/login/mfa', { code }))).toBe(returnTo)
    const consent = await (await browser.get(returnTo)).text()
    expect(consent).toContain('<h1>Grant Auctane Access</h1>')
    expect(consent).toContain(
      'I agree to give Auctane access to my USPS business account, payment accounts, CRIDs and MIDs',
    )
    expect(consent).toContain('Authorize and Continue')
    expect(consent).toContain('Cancel')
  })

  it('asks for Sign In and MFA even right after Create New Account, as the guide says', async () => {
    const t = createTestApp()
    const browser = new TestBrowser(t.app)
    await registerAccount(t, browser)
    const login = locationOf(await browser.get(authorizeQuery()))
    expect(login).toMatch(/^\/login\?return_to=%2Foauth2%2Fv3%2Fconsent%2F/)
    const returnTo = new URLSearchParams(login.split('?')[1]).get('return_to') ?? ''
    expect(locationOf(await browser.get(returnTo))).toMatch(/^\/login\?return_to=/)
    expect(await (await browser.get(login)).text()).toContain('<h1>Sign In</h1>')
    // The portal itself stays open to the session account creation began.
    expect((await browser.get('/portal')).status).toBe(200)
  })

  it('completes the code flow with PKCE and answers in USPS token shape', async () => {
    const { t, browser, account } = await signedUp()
    const back = await authorizeAuctane(browser, 'state-42')
    expect(back.origin + back.pathname).toBe(AUCTANE_REDIRECT)
    expect(back.searchParams.get('state')).toBe('state-42')
    const res = await exchangeCode(t.app, back.searchParams.get('code') ?? '')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = (await res.json()) as Record<string, unknown>
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 28799,
      status: 'approved',
      scope: 'payments labels prices tracking',
      issuer: 'http://usps.test',
      client_id: 'auctane',
      application_name: 'Auctane',
      refresh_token_expires_in: 604799,
      refresh_token_status: 'approved',
      refresh_count: 0,
    })
    expect(body.issued_at).toBe(Date.parse('2026-05-01T12:00:00Z'))
    const [header, payload] = String(body.access_token)
      .split('.')
      .slice(0, 2)
      .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()))
    expect(header.typ).toBe('at+jwt')
    expect(payload).toMatchObject({
      iss: 'http://usps.test',
      aud: 'http://usps.test',
      sub: account.id,
      client_id: 'auctane',
      tenant: 'default',
    })
    expect(payload.exp - payload.iat).toBe(8 * 3600)
  })

  it('refuses a wrong code_verifier and keeps the code usable with the right one', async () => {
    const { t, browser } = await signedUp()
    const code = (await authorizeAuctane(browser)).searchParams.get('code') ?? ''
    const wrong = await exchangeCode(t.app, code, 'z'.repeat(43))
    expect(wrong.status).toBe(400)
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' })
    expect((await exchangeCode(t.app, code, VERIFIER)).status).toBe(200)
  })

  it('refuses a reused code and revokes the tokens it bought', async () => {
    const { t, browser, account } = await signedUp()
    const code = (await authorizeAuctane(browser)).searchParams.get('code') ?? ''
    const first = (await (await exchangeCode(t.app, code)).json()) as Record<string, string>
    const again = await exchangeCode(t.app, code)
    expect(again.status).toBe(400)
    expect(await again.json()).toMatchObject({ error: 'invalid_grant' })
    const pay = await t.app.request('/payments/v3/payment-authorization', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${first.access_token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ roles: [] }),
    })
    expect(pay.status).toBe(401)
    const refreshed = await t.app.request('/oauth2/v3/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'refresh_token',
        refresh_token: first.refresh_token,
        client_id: 'auctane',
        client_secret: 'auctane-sandbox-secret',
      }),
    })
    expect(refreshed.status).toBe(400)
    expect(account.id).toBeTruthy()
  })

  it('shows an error page, never a redirect, for an unknown client or redirect_uri', async () => {
    const { browser } = await signedUp()
    for (const change of [
      { client_id: 'nobody' },
      { redirect_uri: 'https://evil.example/callback' },
      { client_id: undefined },
    ]) {
      const res = await browser.get(authorizeQuery(change))
      expect(res.status).toBe(400)
      expect(res.headers.get('location')).toBeNull()
      expect(await res.text()).toContain('Invalid authorization request')
    }
  })

  it('redirects other errors back with error and state', async () => {
    const { browser } = await signedUp()
    const cases: [Record<string, string | undefined>, string][] = [
      [{ response_type: 'token' }, 'unsupported_response_type'],
      [{ response_type: undefined }, 'invalid_request'],
      [{ scope: 'payments teleport' }, 'invalid_scope'],
      [{ code_challenge_method: 'plain' }, 'invalid_request'],
      [{ code_challenge: undefined, code_challenge_method: undefined }, 'invalid_request'],
    ]
    for (const [change, error] of cases) {
      const url = new URL(locationOf(await browser.get(authorizeQuery(change))))
      expect(url.origin + url.pathname).toBe(AUCTANE_REDIRECT)
      expect(url.searchParams.get('error')).toBe(error)
      expect(url.searchParams.get('state')).toBe('xyz')
    }
  })

  it('refuses consent without the agreement box and keeps the request open', async () => {
    const { browser } = await signedUp()
    const consent = locationOf(await browser.get(authorizeQuery()))
    const res = await browser.post(consent, { action: 'authorize' })
    expect(res.status).toBe(400)
    expect(await res.text()).toMatch(/field-agree-error[^>]*>Check the box to give Auctane access/)
    const ok = await browser.post(consent, { agree: 'on', action: 'authorize' })
    expect(ok.status).toBe(200)
    const html = await ok.text()
    expect(html).toContain('<h1>Successful Integration</h1>')
    expect(html).toMatch(
      /<a class="button" href="http:\/\/stamps\.test\/usps\/callback\?code=[^"]+&amp;state=xyz"[^>]*>Go to Auctane<\/a>/,
    )
    // Single use: the same consent cannot mint a second code.
    expect((await browser.post(consent, { agree: 'on', action: 'authorize' })).status).toBe(400)
  })

  it('redirects Cancel with access_denied', async () => {
    const { browser } = await signedUp()
    const consent = locationOf(await browser.get(authorizeQuery()))
    const url = new URL(locationOf(await browser.post(consent, { action: 'cancel' })))
    expect(url.searchParams.get('error')).toBe('access_denied')
    expect(url.searchParams.get('state')).toBe('xyz')
  })

  it('adds the tenant to the way back when it is not the default', async () => {
    const { t } = await signedUp()
    const browser = new TestBrowser(t.app)
    const res = await browser.get(
      `${authorizeQuery({ response_type: 'token' })}&sandbox_tenant=qa-7`,
    )
    expect(new URL(locationOf(res)).searchParams.get('sandbox_tenant')).toBe('qa-7')
  })

  it('lets a signed-in user go straight to consent', async () => {
    const { t } = await signedUp()
    const browser = new TestBrowser(t.app)
    await signIn(t, browser, 'annships')
    expect(locationOf(await browser.get(authorizeQuery()))).toMatch(/^\/oauth2\/v3\/consent\//)
  })
})

describe('the way back to "Grant Auctane Access" survives a failed MFA', () => {
  /** Follows the page's "Sign In" again link as a person would, and signs in with its form. */
  async function signInAgainFrom(t: TestApp, browser: TestBrowser, html: string) {
    const href = /href="([^"]+)" data-testid="sign-in-again"/.exec(html)?.[1] ?? ''
    const form = await (await browser.get(href.replaceAll('&amp;', '&'))).text()
    expect(form).toContain('<h1>Sign In</h1>')
    const returnTo = /name="return_to" value="([^"]+)"/.exec(form)?.[1]?.replaceAll('&amp;', '&')
    await browser.post('/login', {
      username: 'annships',
      password: 'Postal12345',
      ...(returnTo ? { return_to: returnTo } : {}),
    })
    return browser.post('/login/mfa', { code: (await t.newestEmail()).code ?? '' })
  }

  const failures: [string, (t: TestApp, browser: TestBrowser) => Promise<Response>][] = [
    [
      'five wrong codes',
      async (_t, browser) => {
        let last = new Response()
        for (let i = 0; i < 5; i++) last = await browser.post('/login/mfa', { code: '000000' })
        return last
      },
    ],
    [
      'an expired code',
      async (t, browser) => {
        const code = (await t.newestEmail()).code ?? ''
        await t.advance('11m')
        return browser.post('/login/mfa', { code })
      },
    ],
    [
      'every "Resend code" used up',
      async (_t, browser) => {
        for (let i = 0; i < 3; i++) await browser.post('/login/mfa/resend')
        return browser.post('/login/mfa/resend')
      },
    ],
  ]

  it.each(failures)('after %s, signing in again lands on the consent screen', async (_, fail) => {
    const { t } = await signedUp()
    const browser = new TestBrowser(t.app)
    const login = locationOf(await browser.get(authorizeQuery()))
    const consentPath = new URLSearchParams(login.split('?')[1]).get('return_to') ?? ''
    await browser.post('/login', {
      username: 'annships',
      password: 'Postal12345',
      return_to: consentPath,
    })
    const failed = await fail(t, browser)
    expect(failed.status).toBeGreaterThanOrEqual(400)
    const html = await failed.text()
    expect(html).toContain(`href="${login.replaceAll('&', '&amp;')}" data-testid="sign-in-again"`)
    const done = await signInAgainFrom(t, browser, html)
    expect(locationOf(done)).toBe(consentPath)
    expect(await (await browser.get(consentPath)).text()).toContain('<h1>Grant Auctane Access</h1>')
  })
})
