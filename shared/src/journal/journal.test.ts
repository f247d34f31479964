import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { createServiceApp, lazyServiceKeys } from '../service-app'
import { createMemoryStore } from '../store/memory-store'
import { createHeaderSets } from './header-sets'
import { createInterner } from './interner'
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

describe('journal storage', () => {
  const securityHeaders = {
    'content-security-policy': "default-src 'self'",
    'content-type': 'text/html; charset=UTF-8',
    'x-frame-options': 'DENY',
  }
  const recorded = (tenant: string, n: number): Omit<JournalEntry, 'id'> => ({
    service: 'usps',
    tenant,
    caller: n % 2 ? 'stamps' : 'browser',
    at: new Date(1_780_000_000_000 + n).toISOString(),
    startedAt: 1_780_000_000_000 + n + 0.25,
    method: 'POST',
    url: n % 3 ? `/oauth2/v3/token?code=***&n=${n}` : '/oauth2/v3/token',
    path: '/oauth2/v3/token',
    requestHeaders: { accept: 'application/json', 'x-sandbox-tenant': tenant },
    requestBytes: 38,
    status: 200,
    responseHeaders: n % 4 ? { ...securityHeaders } : { ...securityHeaders, location: `/n/${n}` },
    responseBytes: n % 5 ? 120 : null,
    durationMs: 1.5,
    tokens:
      n % 2
        ? [{ where: 'authorization', kind: 'at+jwt', header: { alg: 'ES256' }, claims: { n } }]
        : [],
    ...(n % 7 ? {} : { fault: { id: `fault_${n}`, name: 'slow' } }),
  })

  it('reads entries back exactly as recorded, with their fields in order, while sharing header sets', () => {
    const journal = createJournal({ service: 'usps' })
    const given = ['a', 'b'].flatMap((tenant) =>
      Array.from({ length: 30 }, (_, n) => recorded(tenant, n)),
    )
    const returned = given.map((entry) => journal.record(entry))
    const ids = returned.map((entry) => entry.id)
    expect(new Set(ids).size).toBe(60)
    const expected = given.map((entry, i) => ({ id: ids[i], ...entry }))
    expect(returned).toEqual(expected)
    // Same fields, same values, same order: what `/__sandbox/journal` answers is unchanged.
    expect(JSON.stringify(journal.list('a'))).toBe(JSON.stringify(expected.slice(0, 30).reverse()))
    expect(JSON.stringify(journal.list('b'))).toBe(JSON.stringify(expected.slice(30).reverse()))
    // One frozen object per distinct set, not one per entry.
    const [first, second] = journal.list('a').filter((e) => !e.responseHeaders.location)
    expect(first?.responseHeaders).toBe(second?.responseHeaders)
    expect(Object.isFrozen(first?.responseHeaders)).toBe(true)
    expect(journal.list('a')[0]?.requestHeaders).not.toBe(journal.list('b')[0]?.requestHeaders)
  })

  it('keeps what it cannot derive: an `at` apart from `startedAt`, another service, a URL', () => {
    const journal = createJournal({ service: 'usps' })
    const odd = {
      ...recorded('a', 3),
      at: '2020-01-01T00:00:00.000Z',
      service: 'stamps' as const,
      url: '/elsewhere',
    }
    journal.record(odd)
    const [entry] = journal.list('a')
    expect(entry).toEqual({ id: 'usps-1', ...odd })
    expect(journal.list('a', { path: '/oauth2/*', caller: 'stamps', method: 'post' })).toHaveLength(
      1,
    )
  })

  it('shares a header set only with one of the same names, order and values, and keeps `limit`', () => {
    const share = createHeaderSets(2)
    const json = share({ 'content-type': 'application/json', 'x-sandbox-tenant': 'tenant-13' })
    expect(share({ 'content-type': 'application/json', 'x-sandbox-tenant': 'tenant-13' })).toBe(
      json,
    )
    // Same lengths and the same last character: told apart by comparing, not only by hash.
    const other = share({ 'content-type': 'application/json', 'x-sandbox-tenant': 'tenant-23' })
    expect(other).not.toBe(json)
    expect(other['x-sandbox-tenant']).toBe('tenant-23')
    const reordered = share({ 'x-sandbox-tenant': 'tenant-13', 'content-type': 'application/json' })
    expect(Object.keys(reordered)).toEqual(['x-sandbox-tenant', 'content-type'])
    // Three sets seen, two kept: the first is forgotten, and comes back as a new copy.
    const again = share({ 'content-type': 'application/json', 'x-sandbox-tenant': 'tenant-13' })
    expect(again).not.toBe(json)
    expect(again).toEqual(json)
    expect(Object.isFrozen(again)).toBe(true)
    expect(share({})).toEqual({})
  })

  it('interns at most `limit` keys, forgetting the oldest first', () => {
    const made: string[] = []
    const intern = createInterner<{ key: string }>(2)
    const make = (key: string) => {
      made.push(key)
      return { key }
    }
    const a = intern('a', make)
    expect(intern('a', make)).toBe(a)
    intern('b', make)
    intern('c', make)
    expect(intern('c', make)).toEqual({ key: 'c' })
    expect(intern('a', make)).not.toBe(a)
    expect(made).toEqual(['a', 'b', 'c', 'a'])
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
