import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { createServiceApp, lazyServiceKeys } from '../service-app'
import { createMemoryStore } from '../store/memory-store'
import { createJournal, type JournalEntry } from './journal'
import { maskHeaders, maskUrl } from './mask-secrets'

const realTime = () => Date.parse('2026-06-01T00:00:00Z')

function testApp() {
  const store = createMemoryStore()
  const app = createServiceApp({ service: 'usps', store, realTime, keys: lazyServiceKeys(store) })
  app.post('/oauth2/v3/token', (c) =>
    c.json({ access_token: 'opaque', token_type: 'Bearer' }, 200, {
      'set-cookie': 'session=abc123; Path=/; HttpOnly',
    }),
  )
  app.get('/go', (c) => c.redirect(`/sso?token=${c.req.query('t')}`, 302))
  return app
}

async function journalOf(app: ReturnType<typeof testApp>, query = '', tenant?: string) {
  const res = await app.request(`/__sandbox/journal${query}`, {
    headers: tenant ? { 'x-sandbox-tenant': tenant } : {},
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { entries: JournalEntry[] }).entries
}

const unsignedToken = (typ: string, claims: Record<string, unknown>) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ })
    .sign(new TextEncoder().encode('not-a-real-key-not-a-real-key-32'))

describe('request journal', () => {
  it('records method, masked URL and headers, sizes, status and duration, newest first', async () => {
    const app = testApp()
    await app.request('/oauth2/v3/token?client_secret=s3cret&x=1', {
      method: 'POST',
      headers: {
        authorization: 'Basic YXVjdGFuZTpzZWNyZXQ=',
        cookie: 'sandbox_session=abc; other=def',
        'api-key': 'k-123',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=authorization_code&code=xyz',
    })
    await app.request('/__sandbox/health')
    const [health, token] = await journalOf(app)
    expect(health?.path).toBe('/__sandbox/health')
    expect(token).toMatchObject({
      service: 'usps',
      tenant: 'default',
      caller: 'browser',
      method: 'POST',
      url: '/oauth2/v3/token?client_secret=***&x=1',
      requestBytes: 38,
      status: 200,
    })
    expect(token?.requestHeaders).toMatchObject({
      authorization: 'Basic ***',
      cookie: 'sandbox_session=***; other=***',
      'api-key': '***',
    })
    expect(token?.responseHeaders['set-cookie']).toBe('session=***; Path=/; HttpOnly')
    expect(JSON.stringify(token)).not.toMatch(/s3cret|YXVjdGFuZTpzZWNyZXQ|k-123|abc123/)
    expect(token?.durationMs).toBeGreaterThanOrEqual(0)
  })

  it('decodes the tokens that crossed, labelled by typ, and masks them in URLs', async () => {
    const app = testApp()
    const sso = await unsignedToken('sso+jwt', { sub: 'acct_1', tenant: 'default' })
    const event = await unsignedToken('event+jwt', { event: 'cop.approval_pending' })
    await app.request(`/go?t=${sso}`)
    await app.request('/partner/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${event}` },
      body: JSON.stringify({ token: event }),
    })
    const [posted, redirect] = await journalOf(app)
    expect(redirect?.responseHeaders.location).toBe('/sso?token=***')
    expect(redirect?.tokens).toContainEqual(
      expect.objectContaining({
        where: 'location:token',
        kind: 'sso+jwt',
        claims: expect.objectContaining({ sub: 'acct_1' }),
      }),
    )
    expect(posted?.tokens.map((t) => `${t.kind} ${t.where}`)).toEqual([
      'event+jwt authorization',
      'event+jwt request-body',
    ])
    expect(posted?.status).toBe(404)
    expect(JSON.stringify(redirect?.requestHeaders)).not.toContain(sso)
  })

  it('finds tokens in JSON answers built by c.json and by hand, and hands both on intact', async () => {
    const app = testApp()
    const token = await unsignedToken('at+jwt', { sub: 'client_1' })
    app.get('/by-json', (c) => c.json({ access_token: token }, 201, { 'x-kind': 'json' }))
    app.get(
      '/by-hand',
      () =>
        new Response(JSON.stringify({ access_token: token }), {
          headers: { 'content-type': 'application/json' },
        }),
    )
    const byJson = await app.request('/by-json')
    expect(byJson.status).toBe(201)
    expect(byJson.headers.get('content-type')).toBe('application/json')
    expect(byJson.headers.get('x-kind')).toBe('json')
    expect(await byJson.json()).toEqual({ access_token: token })
    const byHand = await app.request('/by-hand')
    expect(await byHand.json()).toEqual({ access_token: token })
    const [hand, json] = await journalOf(app)
    const body = JSON.stringify({ access_token: token })
    for (const entry of [hand, json]) {
      expect(entry?.responseBytes).toBe(body.length)
      expect(entry?.tokens.map((t) => `${t.kind} ${t.where}`)).toEqual(['at+jwt response-body'])
    }
  })

  it('records routes mounted before the tenant middleware, such as the JWKS, per tenant', async () => {
    const app = testApp()
    await app.request('/.well-known/jwks.json', { headers: { 'x-sandbox-tenant': 'team-a' } })
    await app.request('/.well-known/jwks.json?sandbox_tenant=team-b')
    expect((await journalOf(app, '', 'team-a')).map((e) => e.path)).toEqual([
      '/.well-known/jwks.json',
    ])
    expect((await journalOf(app, '', 'team-b')).map((e) => e.path)).toEqual([
      '/.well-known/jwks.json',
    ])
    expect(await journalOf(app)).toEqual([])
  })

  it('filters by path (prefix*), method, status and since, and counts for expectations', async () => {
    const app = testApp()
    await app.request('/oauth2/v3/token', { method: 'POST' })
    await app.request('/oauth2/v3/token', { method: 'POST' })
    await app.request('/oauth2/v3/authorize')
    const count = async (query: string) => {
      const res = await app.request(`/__sandbox/journal/count?${query}`)
      return ((await res.json()) as { count: number }).count
    }
    expect(await count('method=post&path=/oauth2/v3/token')).toBe(2)
    expect(await count('path=/oauth2/*')).toBe(3)
    expect(await count('status=404')).toBe(1)
    expect(await count('since=2999-01-01T00:00:00Z')).toBe(0)
    expect((await journalOf(app, '?path=/oauth2/*&limit=1')).length).toBe(1)
  })

  it('refuses bad filters with problem+json', async () => {
    const app = testApp()
    const res = await app.request('/__sandbox/journal?status=abc&since=yesterday')
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    const body = (await res.json()) as { errors: { field: string }[] }
    expect(body.errors.map((e) => e.field).sort()).toEqual(['since', 'status'])
  })

  it('clears one tenant with DELETE and does not record its own control calls', async () => {
    const app = testApp()
    await app.request('/oauth2/v3/authorize')
    await app.request('/oauth2/v3/authorize', { headers: { 'x-sandbox-tenant': 'other' } })
    const res = await app.request('/__sandbox/journal', { method: 'DELETE' })
    expect(await res.json()).toMatchObject({ removed: 1 })
    expect(await journalOf(app)).toEqual([])
    expect(await journalOf(app, '', 'other')).toHaveLength(1)
  })

  it('keeps only the newest entries per tenant, and a bounded number of tenants', () => {
    const journal = createJournal({ service: 'usps', limit: 3, tenantLimit: 2 })
    const entry = (tenant: string, path: string) => ({
      service: 'usps' as const,
      tenant,
      caller: 'browser' as const,
      at: '2026-06-01T00:00:00.000Z',
      startedAt: 0,
      method: 'GET',
      url: path,
      path,
      requestHeaders: {},
      requestBytes: 0,
      status: 200,
      responseHeaders: {},
      responseBytes: 0,
      durationMs: 0,
      tokens: [],
    })
    for (let i = 1; i <= 5; i++) journal.record(entry('a', `/${i}`))
    expect(journal.list('a').map((e) => e.path)).toEqual(['/5', '/4', '/3'])
    journal.record(entry('b', '/b'))
    journal.record(entry('c', '/c'))
    expect(journal.count('a')).toBe(0)
    expect(journal.count('b') + journal.count('c')).toBe(2)
  })
})

describe('secret masking', () => {
  it('masks credentials in query strings and keeps the rest', () => {
    expect(maskUrl('/cb?code=abc&state=s1')).toBe('/cb?code=***&state=s1')
    expect(maskUrl('http://x.test/a?access_token=t&refresh_token=r#f')).toBe(
      'http://x.test/a?access_token=***&refresh_token=***#f',
    )
    expect(maskUrl('/plain?page=2')).toBe('/plain?page=2')
  })

  it('masks header values that are credentials', () => {
    const masked = maskHeaders(
      new Headers({ 'x-client-secret': 'a', 'x-auth-token': 'b', accept: 'text/html' }),
    )
    expect(masked).toEqual({ 'x-client-secret': '***', 'x-auth-token': '***', accept: 'text/html' })
  })
})
