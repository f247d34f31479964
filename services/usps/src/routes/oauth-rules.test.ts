import { describe, expect, it } from 'vitest'
import { locationOf, TestBrowser } from '../testing/client'
import {
  AUCTANE_BASIC,
  CHALLENGE,
  createFixture,
  createTestApp,
  linkAsAuctane,
  signIn,
  VERIFIER,
} from '../testing/harness'

const SANDBOX_BASIC = `Basic ${Buffer.from('sandbox-client:sandbox-secret').toString('base64')}`

const form = (authorization: string, body: Record<string, string>) => ({
  method: 'POST',
  headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(body).toString(),
})

describe('PKCE for every client (RFC 9700)', () => {
  it('refuses a confidential client that sends no code_challenge, back to its redirect_uri', async () => {
    const t = createTestApp()
    const redirect = 'http://127.0.0.1:9911/cb'
    const res = await t.app.request(
      `/oauth2/v3/authorize?response_type=code&client_id=sandbox-client&redirect_uri=${encodeURIComponent(redirect)}&state=s1`,
    )
    const back = new URL(locationOf(res))
    expect(back.origin + back.pathname).toBe(redirect)
    expect(back.searchParams.get('error')).toBe('invalid_request')
    expect(back.searchParams.get('error_description')).toContain('PKCE is required')
    expect(await t.data.list('authorization_requests')).toEqual([])
  })

  it('runs the confidential client with PKCE and refuses its code without the verifier', async () => {
    const t = createTestApp()
    const fixture = await createFixture(t, { state: 'epa-active' })
    const browser = new TestBrowser(t.app)
    await signIn(t, browser, fixture.username)
    const redirect = 'http://127.0.0.1:9911/cb'
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: 'sandbox-client',
      redirect_uri: redirect,
      code_challenge: CHALLENGE,
      code_challenge_method: 'S256',
    })
    const consent = locationOf(await browser.get(`/oauth2/v3/authorize?${query}`))
    const page = await (await browser.get(consent)).text()
    expect(page).toContain('(sandbox test client)')
    const done = await (await browser.post(consent, { agree: 'on', action: 'authorize' })).text()
    const href = /href="([^"]+)"[^>]*>Go to Sandbox Client/.exec(done)?.[1] ?? ''
    const code = new URL(href.replaceAll('&amp;', '&')).searchParams.get('code') ?? ''
    const body = { grant_type: 'authorization_code', code, redirect_uri: redirect }
    const missing = await t.app.request('/oauth2/v3/token', form(SANDBOX_BASIC, body))
    expect(missing.status).toBe(400)
    expect(await missing.json()).toMatchObject({ error: 'invalid_request' })
    const ok = await t.app.request(
      '/oauth2/v3/token',
      form(SANDBOX_BASIC, { ...body, code_verifier: VERIFIER }),
    )
    expect(ok.status).toBe(200)
  })
})

describe('POST /oauth2/v3/introspect (RFC 7662)', () => {
  it('describes the own active tokens, and nothing of others or after rotation', async () => {
    const t = createTestApp()
    const fixture = await createFixture(t, { state: 'epa-active' })
    const browser = new TestBrowser(t.app)
    await signIn(t, browser, fixture.username)
    const { tokens } = await linkAsAuctane(t, browser, { ...fixture, eps: fixture.eps ?? '' })
    const access = await t.app.request(
      '/oauth2/v3/introspect',
      form(AUCTANE_BASIC, { token: tokens.access_token }),
    )
    expect(access.status).toBe(200)
    expect(await access.json()).toMatchObject({
      active: true,
      client_id: 'auctane',
      sub: fixture.accountId,
      scope: 'payments labels prices tracking',
      token_type: 'Bearer',
      iss: 'http://usps.test',
      exp: expect.any(Number),
    })
    const refresh = await t.app.request(
      '/oauth2/v3/introspect',
      form(AUCTANE_BASIC, { token: tokens.refresh_token }),
    )
    expect(await refresh.json()).toMatchObject({ active: true, token_type: 'refresh_token' })
    const otherClient = await t.app.request(
      '/oauth2/v3/introspect',
      form(SANDBOX_BASIC, { token: tokens.access_token }),
    )
    expect(await otherClient.json()).toEqual({ active: false })
    await t.app.request(
      '/oauth2/v3/token',
      form(AUCTANE_BASIC, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token }),
    )
    const rotated = await t.app.request(
      '/oauth2/v3/introspect',
      form(AUCTANE_BASIC, { token: tokens.refresh_token }),
    )
    expect(await rotated.json()).toEqual({ active: false })
    const junk = await t.app.request('/oauth2/v3/introspect', form(AUCTANE_BASIC, { token: 'x' }))
    expect(await junk.json()).toEqual({ active: false })
  })

  it('needs client authentication and a token', async () => {
    const t = createTestApp()
    const anonymous = await t.app.request('/oauth2/v3/introspect', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'token=abc',
    })
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toMatchObject({ error: 'invalid_client' })
    const empty = await t.app.request('/oauth2/v3/introspect', form(AUCTANE_BASIC, {}))
    expect(empty.status).toBe(400)
    expect(await empty.json()).toMatchObject({ error: 'invalid_request' })
    const discovery = (await (
      await t.app.request('/.well-known/oauth-authorization-server')
    ).json()) as Record<string, unknown>
    expect(discovery.introspection_endpoint).toBe('http://usps.test/oauth2/v3/introspect')
  })
})

describe('registered clients never present themselves as Auctane', () => {
  it.each([
    [{ clientId: 'auctane' }, 'clientId'],
    [{ clientId: 'AUCTANE' }, 'clientId'],
    [{ clientId: 'my-auctane-app' }, 'clientId'],
    [{ name: 'Auctane' }, 'name'],
    [{ name: 'auc tane' }, 'name'],
    [{ name: 'A.U.C.T.A.N.E Shipping' }, 'name'],
  ])('refuses %j', async (change, field) => {
    const t = createTestApp()
    const res = await t.app.request('/__sandbox/oauth-clients', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        clientId: 'acme-app',
        name: 'Acme',
        clientSecret: 'acme-secret-1',
        redirectUris: ['https://acme.example/cb'],
        ...change,
      }),
    })
    expect(res.status).toBe(400)
    const problem = (await res.json()) as { errors: { field: string; message: string }[] }
    expect(problem.errors).toContainEqual({
      field,
      message: expect.stringContaining('reserved for the real Auctane client'),
    })
    expect(await t.data.list('oauth_clients')).toEqual([])
  })
})
