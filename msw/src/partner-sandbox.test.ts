import { http } from 'msw'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { installPartnerSandbox } from './install-partner-sandbox'
import { createPartnerSandbox } from './partner-sandbox'

const sandbox = installPartnerSandbox({ beforeAll, beforeEach, afterAll })

describe('createPartnerSandbox', () => {
  it('answers plain fetch at the real hosts, USPS at TEM and production', async () => {
    for (const url of [
      'https://apis-tem.usps.com/__sandbox/health',
      'https://apis.usps.com/__sandbox/health',
      'https://api.shipstation.com/__sandbox/health',
      'https://swsim.testing.stamps.com/__sandbox/health',
    ]) {
      const res = await fetch(url)
      expect(res.status, url).toBe(200)
    }
    expect(await (await fetch('https://apis.usps.com/__sandbox/health')).json()).toMatchObject({
      service: 'usps',
    })
  })

  it('names the configured URLs in discovery and links: the issuer is the real host', async () => {
    const res = await fetch('https://apis-tem.usps.com/.well-known/oauth-authorization-server')
    expect(await res.json()).toMatchObject({
      issuer: 'https://apis-tem.usps.com',
      authorization_endpoint: 'https://apis-tem.usps.com/oauth2/v3/authorize',
      token_endpoint: 'https://apis-tem.usps.com/oauth2/v3/token',
    })
    await fetch('https://apis-tem.usps.com/api/v1/registrations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ email: 'links@example.com' }),
    })
    const [message] = await sandbox.outbox({ service: 'usps', to: 'links@example.com' })
    expect(message?.link).toMatch(/^https:\/\/apis-tem\.usps\.com\/register\/validate\?token=/)
  })

  it('keeps each test in its own tenant', async () => {
    const first = sandbox.tenant
    await fetch('https://apis-tem.usps.com/api/v1/registrations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ email: 'once@example.com' }),
    })
    expect(await sandbox.outbox({ service: 'usps', to: 'once@example.com' })).toHaveLength(1)
    const second = sandbox.newTenant()
    expect(second).not.toBe(first)
    expect(await sandbox.outbox({ service: 'usps', to: 'once@example.com' })).toEqual([])
    // A request that names its tenant keeps it.
    const res = await fetch('https://apis-tem.usps.com/__sandbox/outbox', {
      headers: { 'X-Sandbox-Tenant': first, accept: 'application/json' },
    })
    expect(await res.json()).toHaveLength(1)
  })

  it('scopes requests to a tenant with withTenant, also when run side by side', async () => {
    const register = (email: string) =>
      fetch('https://apis-tem.usps.com/api/v1/registrations', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ email }),
      })
    await Promise.all(
      ['a', 'b', 'c'].map((t) => sandbox.withTenant(`side-${t}`, () => register(`${t}@x.test`))),
    )
    for (const t of ['a', 'b', 'c']) {
      const messages = await sandbox.withTenant(`side-${t}`, () =>
        sandbox.outbox({ service: 'usps' }),
      )
      expect(messages.map((m) => m.to)).toEqual([`${t}@x.test`])
    }
  })

  it('takes other base URLs, and the services name them', async () => {
    const local = createPartnerSandbox({
      urls: { usps: 'https://usps.example.test/' },
      aliases: { usps: [] },
    })
    const res = await local.fetch(
      'https://usps.example.test/.well-known/oauth-authorization-server',
    )
    expect(await res.json()).toMatchObject({ issuer: 'https://usps.example.test' })
    expect(local.urls.usps).toBe('https://usps.example.test')
    expect(local.handlers).toHaveLength(3)
    await local.close()
  })

  it('makes USPS accounts as fixtures, with or without a payment account', async () => {
    const ready = await sandbox.fixtures.uspsAccount()
    expect(ready).toMatchObject({ crid: expect.stringMatching(/^\d{8}$/) })
    expect(ready.epsNumber).toMatch(/^\d{10}$/)
    const bare = await sandbox.fixtures.uspsAccount({ state: 'no-epa' })
    expect(bare.epsNumber).toBeUndefined()
    const ach = await sandbox.fixtures.uspsAccount({ state: 'epa-pending-ach' })
    expect(ach.microDebitsCents).toHaveLength(2)
    await expect(
      sandbox.fixtures.uspsAccount({ state: 'epa-active', paymentMethod: 'ach' }),
    ).rejects.toThrow(/USPS account fixture: 400 .*stays Pending/)
  })

  it('makes ShipStation accounts as fixtures, with an API v2 key, in the current tenant', async () => {
    const account = await sandbox.fixtures.shipstationAccount('verified')
    const res = await fetch('https://api.shipstation.com/v2/carriers', {
      headers: { 'API-Key': account.apiKey },
    })
    expect(res.status).toBe(200)
    sandbox.newTenant()
    const elsewhere = await fetch('https://api.shipstation.com/v2/carriers', {
      headers: { 'API-Key': account.apiKey },
    })
    expect(elsewhere.status).toBe(401)
    await expect(sandbox.fixtures.shipstationAccount('bogus' as 'new')).rejects.toThrow(
      /ShipStation account fixture: 400 .*state must be one of/,
    )
  })

  it("isolates concurrent tests with msw's boundary and withTenant", async () => {
    const { server } = sandbox
    const token = () =>
      fetch('https://apis-tem.usps.com/oauth2/v3/token', { method: 'POST' }).then((r) => r.status)
    // One test overrides the token endpoint with an outage; the other, at the same time, is not
    // touched by it (the fake's own 401 to a token request with no client), each in its tenant.
    const outage = server.boundary(() =>
      sandbox.withTenant('outage', async () => {
        server.use(
          http.post(
            'https://apis-tem.usps.com/oauth2/v3/token',
            () => new Response(null, { status: 503 }),
          ),
        )
        await new Promise((r) => setTimeout(r, 20))
        return [await token(), sandbox.tenant]
      }),
    )
    const normal = server.boundary(() =>
      sandbox.withTenant('normal', async () => {
        await new Promise((r) => setTimeout(r, 10))
        return [await token(), sandbox.tenant]
      }),
    )
    expect(await Promise.all([outage(), normal()])).toEqual([
      [503, 'outage'],
      [401, 'normal'],
    ])
    expect(await token()).toBe(401)
  })

  it('throws with the answer when a control call is refused', async () => {
    await expect(
      sandbox.control('usps', '/nsa-links/nope/approve', { method: 'POST' }),
    ).rejects.toThrow(/usps \/__sandbox\/nsa-links\/nope\/approve: 4\d\d/)
  })
})
