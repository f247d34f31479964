import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createHarness } from '../testing/harness'

const json = { 'content-type': 'application/json' }

describe('GET /usps/link', () => {
  it('sends the browser to the USPS authorize endpoint with state and an S256 PKCE challenge', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const { url, state, challenge } = await h.startLink(cookie)
    expect(`${url.origin}${url.pathname}`).toBe('http://usps.test/oauth2/v3/authorize')
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'auctane',
      redirect_uri: 'http://stamps.test/usps/callback',
      scope: 'payments labels prices tracking',
      code_challenge_method: 'S256',
    })
    const attempt = await h
      .tenantStore()
      .get<{ accountId: string; codeVerifier: string }>('oauth_attempts', state)
    expect(attempt?.accountId).toBe('ss_acct_1')
    expect(attempt?.codeVerifier.length).toBeGreaterThanOrEqual(43)
    const expected = createHash('sha256')
      .update(attempt?.codeVerifier ?? '')
      .digest('base64url')
    expect(challenge).toBe(expected)
  })

  it('refuses once the details were sent for approval', async () => {
    const h = await createHarness()
    const cookie = await h.pendingAccount()
    const res = await h.app.request('/usps/link', { headers: { cookie } })
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('USPS business account approval is pending')
    expect(await h.tenantStore().list('oauth_attempts')).toEqual([])
  })
})

describe('GET /usps/callback', () => {
  it('exchanges the code with the PKCE verifier and keeps the tokens on the account', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const res = await h.linkUsps(cookie)
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/connect')
    const [request] = h.usps.state.tokenRequests
    expect(request?.tenant).toBe('default')
    expect(request?.form).toMatchObject({
      grant_type: 'authorization_code',
      redirect_uri: 'http://stamps.test/usps/callback',
    })
    const account = await h.account()
    expect(account?.status).toBe('usps_linked')
    expect(account?.usps?.accessToken).toMatch(/^at-/)
    expect(account?.usps?.refreshToken).toMatch(/^rt-/)
    expect(account?.usps?.accessTokenExpiresAt).toBe('2026-05-01T20:00:00.000Z')
    expect(await h.tenantStore().list('oauth_attempts')).toEqual([])
  })

  it('refuses a state used twice', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const { state, challenge, redirectUri } = await h.startLink(cookie)
    const code = h.usps.issueCode(challenge, redirectUri)
    const path = `/usps/callback?code=${code}&state=${state}`
    expect((await h.app.request(path, { headers: { cookie } })).status).toBe(302)
    const replay = await h.app.request(path, { headers: { cookie } })
    expect(replay.status).toBe(400)
    expect(await replay.text()).toContain('it was already used')
    expect(h.usps.state.tokenRequests).toHaveLength(1)
  })

  it('refuses an unknown state without calling USPS', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const res = await h.app.request('/usps/callback?code=c&state=forged', { headers: { cookie } })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('This response from USPS cannot be used')
    expect(html).toContain('<a href="/usps/link">Link your business account</a>')
    expect(h.usps.state.tokenRequests).toEqual([])
    expect((await h.account())?.status).toBe('not_started')
  })

  it("refuses another session's state and leaves it usable by its owner", async () => {
    const h = await createHarness()
    const owner = await h.signIn('ss_owner')
    const { state, challenge, redirectUri } = await h.startLink(owner)
    const intruder = await h.signIn('ss_intruder')
    const code = h.usps.issueCode(challenge, redirectUri)
    const path = `/usps/callback?code=${code}&state=${state}`
    const res = await h.app.request(path, { headers: { cookie: intruder } })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('another Stamps.com session')
    expect((await h.account('ss_intruder'))?.usps).toBeUndefined()
    expect((await h.app.request(path, { headers: { cookie: owner } })).status).toBe(302)
    expect((await h.account('ss_owner'))?.status).toBe('usps_linked')
  })

  it('refuses a state older than 10 minutes', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const { state, challenge, redirectUri } = await h.startLink(cookie)
    await h.advance('11m')
    const code = h.usps.issueCode(challenge, redirectUri)
    const res = await h.app.request(`/usps/callback?code=${code}&state=${state}`, {
      headers: { cookie },
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('it expired')
    expect((await h.account())?.usps).toBeUndefined()
  })

  it('says the user cancelled on USPS and offers to try again', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const { state } = await h.startLink(cookie)
    const res = await h.app.request(`/usps/callback?error=access_denied&state=${state}`, {
      headers: { cookie },
    })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('You cancelled on USPS')
    expect(html).toContain('<a href="/usps/link">Link your business account</a>')
    expect(h.usps.state.tokenRequests).toEqual([])
    expect((await h.account())?.status).toBe('not_started')
  })

  it('shows USPS refusing the code (invalid_grant) as 400 and stores nothing', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const { state } = await h.startLink(cookie)
    // A code USPS never issued for this challenge: the fake answers invalid_grant.
    const res = await h.app.request(`/usps/callback?code=stolen&state=${state}`, {
      headers: { cookie },
    })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain(
      'Linking with USPS could not be finished: the one-time authorization code from USPS expired or was already used',
    )
    expect(html).toContain('<a href="/usps/link">Link your business account</a>')
    expect(html).toContain('Return to ShipStation')
    expect(await h.account()).toMatchObject({ status: 'not_started' })
    expect((await h.account())?.usps).toBeUndefined()
  })

  it('says USPS had a problem when it answers server_error, and offers to try again', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const { state } = await h.startLink(cookie)
    const res = await h.app.request(`/usps/callback?error=server_error&state=${state}`, {
      headers: { cookie },
    })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('USPS had a problem on its side; wait a few minutes')
    expect(html).toContain('<a href="/usps/link">Link your business account</a>')
    expect((await h.account())?.status).toBe('not_started')
  })

  it('rejects a verifier that does not match the challenge USPS saw', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const first = await h.startLink(cookie)
    const second = await h.startLink(cookie)
    // The code is bound to the first challenge but comes back with the second state (verifier).
    const code = h.usps.issueCode(first.challenge, first.redirectUri)
    const res = await h.app.request(`/usps/callback?code=${code}&state=${second.state}`, {
      headers: { cookie },
    })
    expect(res.status).toBe(400)
    expect((await h.account())?.usps).toBeUndefined()
  })

  it('answers 502 when USPS cannot be reached, storing nothing', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const { state, challenge, redirectUri } = await h.startLink(cookie)
    const code = h.usps.issueCode(challenge, redirectUri)
    h.usps.state.down = true
    const res = await h.app.request(`/usps/callback?code=${code}&state=${state}`, {
      headers: { cookie },
    })
    expect(res.status).toBe(502)
    expect(await res.text()).toContain('USPS could not be reached')
    expect((await h.account())?.usps).toBeUndefined()
  })

  it('answers 502 when USPS refuses our client credentials', async () => {
    const h = await createHarness({ uspsClient: { clientId: 'auctane', clientSecret: 'wrong' } })
    const cookie = await h.signIn()
    const res = await h.linkUsps(cookie)
    expect(res.status).toBe(502)
    expect(await res.text()).toContain('invalid_client')
    expect((await h.account())?.usps).toBeUndefined()
  })

  it('refuses a callback without code or error', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const { state } = await h.startLink(cookie)
    const res = await h.app.request(`/usps/callback?state=${state}`, { headers: { cookie } })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('code is required')
    expect(await h.tenantStore().get('oauth_attempts', state)).toBeDefined()
  })
})

describe('USPS link JSON API', () => {
  it('returns the authorize URL and accepts the code and state back', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const start = await h.app.request('/api/v1/usps/authorization', {
      method: 'POST',
      headers: { cookie },
    })
    const { authorizeUrl } = (await start.json()) as { authorizeUrl: string }
    const url = new URL(authorizeUrl)
    const code = h.usps.issueCode(
      url.searchParams.get('code_challenge') ?? '',
      url.searchParams.get('redirect_uri') ?? '',
    )
    const res = await h.app.request('/api/v1/usps/callback', {
      method: 'POST',
      headers: { ...json, cookie },
      body: JSON.stringify({ code, state: url.searchParams.get('state') }),
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'usps_linked', linked: true })
  })

  it('answers problem+json for a bad state', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const res = await h.app.request('/api/v1/usps/callback', {
      method: 'POST',
      headers: { ...json, cookie },
      body: JSON.stringify({ code: 'c', state: 'nope' }),
    })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(await res.json()).toMatchObject({ code: 'invalid_oauth_state' })
  })

  it('needs a session', async () => {
    const h = await createHarness()
    const res = await h.app.request('/api/v1/usps/authorization', { method: 'POST' })
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ code: 'no_session' })
  })
})
