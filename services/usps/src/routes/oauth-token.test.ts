import { describe, expect, it } from 'vitest'
import { locationOf, TestBrowser } from '../testing/client'
import {
  AUCTANE_BASIC,
  AUCTANE_REDIRECT,
  addTestCard,
  authorizeAuctane,
  CHALLENGE,
  createTestApp,
  exchangeCode,
  registerAccount,
  signIn,
  VERIFIER,
} from '../testing/harness'

type App = ReturnType<typeof createTestApp>['app']

const postJson = (app: App, path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

const postForm = (app: App, path: string, body: Record<string, string>, headers = {}) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body).toString(),
  })

async function tokens() {
  const t = createTestApp()
  const browser = new TestBrowser(t.app)
  await registerAccount(t, browser)
  await addTestCard(browser)
  await signIn(t, browser, 'annships')
  const code = (await authorizeAuctane(browser)).searchParams.get('code') ?? ''
  const body = (await (await exchangeCode(t.app, code)).json()) as Record<string, string>
  return { t, browser, body }
}

describe('discovery', () => {
  it('publishes the RFC 8414 document with our own issuer', async () => {
    const res = await createTestApp().app.request('/.well-known/oauth-authorization-server')
    expect(await res.json()).toMatchObject({
      issuer: 'http://usps.test',
      authorization_endpoint: 'http://usps.test/oauth2/v3/authorize',
      token_endpoint: 'http://usps.test/oauth2/v3/token',
      revocation_endpoint: 'http://usps.test/oauth2/v3/revoke',
      jwks_uri: 'http://usps.test/.well-known/jwks.json',
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
      scopes_supported: expect.arrayContaining(['payments', 'labels', 'prices', 'tracking']),
    })
  })
})

describe('token endpoint', () => {
  it('rotates refresh tokens and ends the grant when a rotated one comes back', async () => {
    const { t, body } = await tokens()
    const creds = { client_id: 'auctane', client_secret: 'auctane-sandbox-secret' }
    const next = await postJson(t.app, '/oauth2/v3/token', {
      grant_type: 'refresh_token',
      refresh_token: body.refresh_token,
      ...creds,
    })
    expect(next.status).toBe(200)
    const rotated = (await next.json()) as Record<string, unknown>
    expect(rotated.refresh_count).toBe(1)
    expect(rotated.refresh_token).not.toBe(body.refresh_token)
    const replay = await postJson(t.app, '/oauth2/v3/token', {
      grant_type: 'refresh_token',
      refresh_token: body.refresh_token,
      ...creds,
    })
    expect(replay.status).toBe(400)
    expect(await replay.json()).toMatchObject({ error: 'invalid_grant' })
    const afterReplay = await postJson(t.app, '/oauth2/v3/token', {
      grant_type: 'refresh_token',
      refresh_token: rotated.refresh_token,
      ...creds,
    })
    expect(afterReplay.status).toBe(400)
  })

  it('answers invalid_client with 401 and WWW-Authenticate', async () => {
    const app = createTestApp().app
    const bad = `Basic ${Buffer.from('auctane:wrong').toString('base64')}`
    const res = await postForm(
      app,
      '/oauth2/v3/token',
      { grant_type: 'client_credentials' },
      {
        authorization: bad,
      },
    )
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm=/)
    expect(await res.json()).toMatchObject({ error: 'invalid_client' })
    const none = await postForm(app, '/oauth2/v3/token', { grant_type: 'client_credentials' })
    expect(none.status).toBe(401)
  })

  it('issues client_credentials tokens to confidential clients only', async () => {
    const app = createTestApp().app
    const ok = await postForm(app, '/oauth2/v3/token', {
      grant_type: 'client_credentials',
      client_id: 'sandbox-client',
      client_secret: 'sandbox-secret',
      scope: 'prices',
    })
    expect(ok.status).toBe(200)
    const body = (await ok.json()) as Record<string, unknown>
    expect(body).toMatchObject({ scope: 'prices', client_id: 'sandbox-client' })
    expect(body.refresh_token).toBeUndefined()
    const pub = await postForm(app, '/oauth2/v3/token', {
      grant_type: 'client_credentials',
      client_id: 'sandbox-public-client',
    })
    expect(pub.status).toBe(400)
    expect(await pub.json()).toMatchObject({ error: 'unauthorized_client' })
  })

  it('answers RFC 6749 errors for bad requests', async () => {
    const app = createTestApp().app
    const cases: [Record<string, string>, string][] = [
      [{}, 'invalid_request'],
      [{ grant_type: 'password' }, 'unsupported_grant_type'],
      [{ grant_type: 'authorization_code' }, 'invalid_request'],
      [{ grant_type: 'authorization_code', code: 'nope' }, 'invalid_grant'],
      [{ grant_type: 'client_credentials', scope: 'teleport' }, 'invalid_scope'],
    ]
    for (const [body, error] of cases) {
      const res = await postForm(app, '/oauth2/v3/token', body, { authorization: AUCTANE_BASIC })
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({ error, error_description: expect.any(String) })
    }
    const malformed = await app.request('/oauth2/v3/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: AUCTANE_BASIC },
      body: '{oops',
    })
    expect(malformed.status).toBe(400)
    expect(await malformed.json()).toMatchObject({ error: 'invalid_request' })
  })

  it('refuses a code exchanged with another redirect_uri or by another client', async () => {
    const t = createTestApp()
    const browser = new TestBrowser(t.app)
    await registerAccount(t, browser)
    await addTestCard(browser)
    await signIn(t, browser, 'annships')
    const code = (await authorizeAuctane(browser)).searchParams.get('code') ?? ''
    const otherUri = await postForm(
      t.app,
      '/oauth2/v3/token',
      {
        grant_type: 'authorization_code',
        code,
        redirect_uri: 'http://stamps.test/other',
        code_verifier: VERIFIER,
      },
      { authorization: AUCTANE_BASIC },
    )
    expect(otherUri.status).toBe(400)
    const otherClient = await postForm(t.app, '/oauth2/v3/token', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: AUCTANE_REDIRECT,
      code_verifier: VERIFIER,
      client_id: 'sandbox-client',
      client_secret: 'sandbox-secret',
    })
    expect(otherClient.status).toBe(400)
    expect((await exchangeCode(t.app, code)).status).toBe(200)
  })

  it('runs the public loopback client with PKCE and client_id only', async () => {
    const t = createTestApp()
    const browser = new TestBrowser(t.app)
    await registerAccount(t, browser)
    await signIn(t, browser, 'annships')
    const redirect = 'http://127.0.0.1:8765/cb'
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: 'sandbox-public-client',
      redirect_uri: redirect,
      code_challenge: CHALLENGE,
      code_challenge_method: 'S256',
    })
    const consent = locationOf(await browser.get(`/oauth2/v3/authorize?${query}`))
    const html = await (await browser.post(consent, { agree: 'on', action: 'authorize' })).text()
    expect(html).toContain('Go to Sandbox Public Client')
    const href = /href="([^"]+)"[^>]*>Go to/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? ''
    const code = new URL(href).searchParams.get('code') ?? ''
    const res = await postForm(t.app, '/oauth2/v3/token', {
      grant_type: 'authorization_code',
      client_id: 'sandbox-public-client',
      code,
      redirect_uri: redirect,
      code_verifier: VERIFIER,
    })
    expect(res.status).toBe(200)
    expect((await res.json()) as object).toHaveProperty('refresh_token')
  })

  it('revokes a refresh token and with it the grant', async () => {
    const { t, body } = await tokens()
    const res = await postForm(
      t.app,
      '/oauth2/v3/revoke',
      { token: body.refresh_token ?? '', token_type_hint: 'refresh_token' },
      { authorization: AUCTANE_BASIC },
    )
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
    const refresh = await postForm(
      t.app,
      '/oauth2/v3/token',
      { grant_type: 'refresh_token', refresh_token: body.refresh_token ?? '' },
      { authorization: AUCTANE_BASIC },
    )
    expect(refresh.status).toBe(400)
    const unknown = await postForm(
      t.app,
      '/oauth2/v3/revoke',
      { token: 'nope' },
      {
        authorization: AUCTANE_BASIC,
      },
    )
    expect(unknown.status).toBe(200)
  })
})

describe('client registration', () => {
  it('registers a tenant client that can then authorize, and refuses duplicates and bad input', async () => {
    const t = createTestApp()
    const res = await postJson(t.app, '/__sandbox/oauth-clients', {
      clientId: 'acme-app',
      name: 'Acme Shipping',
      clientSecret: 'acme-secret-1',
      redirectUris: ['https://acme.example/cb'],
    })
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({ clientId: 'acme-app', type: 'confidential' })
    const browser = new TestBrowser(t.app)
    await registerAccount(t, browser)
    await signIn(t, browser, 'annships')
    const consent = locationOf(
      await browser.get(
        `/oauth2/v3/authorize?response_type=code&client_id=acme-app&redirect_uri=https%3A%2F%2Facme.example%2Fcb&code_challenge=${CHALLENGE}&code_challenge_method=S256`,
      ),
    )
    const page = await (await browser.get(consent)).text()
    expect(page).toContain('Grant Acme Shipping Access')
    expect(page).toContain('(sandbox test client)')
    const dup = await postJson(t.app, '/__sandbox/oauth-clients', {
      clientId: 'acme-app',
      name: 'Fake',
      clientSecret: 'whatever-secret',
      redirectUris: ['https://x.example/cb'],
    })
    expect(dup.status).toBe(409)
    const bad = await postJson(t.app, '/__sandbox/oauth-clients', { clientId: 'x', name: '' })
    expect(bad.status).toBe(400)
    expect(await t.data.list('oauth_clients')).toHaveLength(1)
  })

  it('keeps the clientId auctane and the name Auctane for the real client, in every tenant', async () => {
    const t = createTestApp()
    const client = (clientId: string, name: string) => ({
      clientId,
      name,
      clientSecret: 'acme-secret-1',
      redirectUris: ['https://acme.example/cb'],
    })
    for (const [body, field] of [
      [client('auctane', 'Acme Shipping'), 'clientId'],
      [client('AUCTANE', 'Acme Shipping'), 'clientId'],
      [client('acme-app', 'Auctane'), 'name'],
    ] as const) {
      for (const tenant of ['default', 'training-1']) {
        const res = await postJson(t.app, '/__sandbox/oauth-clients', body, {
          'x-sandbox-tenant': tenant,
        })
        expect(res.status, `${body.clientId} ${tenant}`).toBe(400)
        const problem = (await res.json()) as { errors: { field: string; message: string }[] }
        expect(problem.errors).toContainEqual({
          field,
          message: expect.stringContaining('is reserved for the real Auctane client'),
        })
      }
    }
    expect(await t.data.list('oauth_clients')).toEqual([])
    expect(await t.store.forTenant('training-1').list('oauth_clients')).toEqual([])
    // The real Auctane client is untouched: its own credentials still work.
    const token = await postForm(
      t.app,
      '/oauth2/v3/token',
      { grant_type: 'client_credentials' },
      { authorization: AUCTANE_BASIC },
    )
    expect(token.status).toBe(200)
  })
})
