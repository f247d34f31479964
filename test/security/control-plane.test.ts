import { createInProcessSandbox, runScenario } from '@partner-sandbox/scenarios'
import {
  configWarnings,
  type FetchLike,
  httpPeers,
  parseSandboxConfig,
  SERVICE_NAMES,
  TENANT_HEADER,
} from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { countingSandbox } from '../support/counting-store'
import { failuresOf, loadHappyPath } from '../support/happy-path'
import { ADMIN_TOKEN, exposedApps } from './support/exposed-sandbox'

/** Every control route of every service, as [method, path, body]. */
const CONTROL_ROUTES: [string, string, unknown][] = [
  ['GET', '/__sandbox/outbox', undefined],
  ['GET', '/__sandbox/clock', undefined],
  ['POST', '/__sandbox/clock', { advance: '48h' }],
  ['POST', '/__sandbox/reset', {}],
  ['GET', '/__sandbox/events', undefined],
  ['POST', '/__sandbox/tenant-tokens', { tenant: 'default' }],
  ['GET', '/__sandbox/nsa-links', undefined],
  ['POST', '/__sandbox/nsa-links/nsa_1/approve', {}],
  ['POST', '/__sandbox/oauth-clients', { clientId: 'x', name: 'X', redirectUris: [] }],
  ['GET', '/__sandbox/promo-codes', undefined],
  ['POST', '/__sandbox/promo-codes', { code: 'FREE-RATES' }],
  ['GET', '/rep', undefined],
  ['POST', '/rep/nsa-links/nsa_1/approve', {}],
]

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

function call(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  }
}

describe('the control plane when the sandbox is exposed', () => {
  it('refuses to start beyond loopback without SANDBOX_ADMIN_TOKEN, and says why', () => {
    for (const env of [{ SANDBOX_HOST: '0.0.0.0' }, { USPS_HOST: '192.168.1.20' }]) {
      expect(() => parseSandboxConfig(env)).toThrow(/SANDBOX_ADMIN_TOKEN: required/)
    }
    expect(() => parseSandboxConfig({ SANDBOX_HOST: '::', SANDBOX_ADMIN_TOKEN: 'short' })).toThrow(
      /at least 16 characters/,
    )
    const exposed = parseSandboxConfig({
      SANDBOX_HOST: '0.0.0.0',
      SANDBOX_ADMIN_TOKEN: ADMIN_TOKEN,
    })
    expect(exposed.adminToken).toBe(ADMIN_TOKEN)
    for (const host of ['127.0.0.1', '127.5.6.7', '::1', 'localhost']) {
      expect(parseSandboxConfig({ SANDBOX_HOST: host }).adminToken).toBeUndefined()
    }
  })

  it('warns when the public URLs do not match the bind address', () => {
    const everywhere = parseSandboxConfig({
      SANDBOX_HOST: '0.0.0.0',
      SANDBOX_ADMIN_TOKEN: ADMIN_TOKEN,
    })
    expect(configWarnings(everywhere)).toHaveLength(3)
    expect(configWarnings(everywhere)[0]).toMatch(
      /bound to 0\.0\.0\.0 but its public URL is http:\/\/127\.0\.0\.1/,
    )
    const named = parseSandboxConfig({
      SANDBOX_HOST: '0.0.0.0',
      SANDBOX_ADMIN_TOKEN: ADMIN_TOKEN,
      SHIPSTATION_PUBLIC_URL: 'http://class.example:4000',
      STAMPS_PUBLIC_URL: 'http://class.example:4100',
      USPS_PUBLIC_URL: 'http://class.example:4200',
    })
    expect(configWarnings(named)).toEqual([])
    expect(configWarnings(parseSandboxConfig({}))).toEqual([])
  })

  it('answers 401 on every control route of every service without a credential, and changes nothing', async () => {
    const { sandbox, writes } = countingSandbox()
    const apps = exposedApps(sandbox)
    const before = writes()
    const answers: string[] = []
    for (const service of SERVICE_NAMES) {
      for (const [method, path, body] of CONTROL_ROUTES) {
        for (const headers of [
          {},
          bearer('wrong-token-0123456789'),
          { cookie: 'sandbox_admin=x' },
        ] as Record<string, string>[]) {
          const res = await apps[service].request(path, call(method, body, headers))
          answers.push(`${res.status} ${service} ${method} ${path}`)
        }
      }
      expect((await apps[service].request('/__sandbox/health')).status).toBe(200)
    }
    expect(answers.filter((a) => !a.startsWith('401'))).toEqual([])
    expect(writes()).toBe(before)
  })

  it('refuses path spellings that try to slip past the guard', async () => {
    const sandbox = createInProcessSandbox()
    const { usps } = exposedApps(sandbox)
    for (const path of [
      '/__sandbox/outbox/',
      '/__sandbox//outbox',
      '/%5F%5Fsandbox/outbox',
      '/__sandbox/%6Futbox',
      '/__SANDBOX/outbox',
      '/__sandbox/./outbox',
      '/x/../__sandbox/outbox',
    ]) {
      const res = await usps.request(`http://usps.sandbox.test${path}`, call('GET', undefined))
      expect([401, 404], path).toContain(res.status)
    }
  })

  it('opens every control route to the admin token, as Bearer or as the sign-in cookie', async () => {
    const sandbox = createInProcessSandbox()
    const { usps, shipstation } = exposedApps(sandbox)
    expect(
      (await usps.request('/__sandbox/clock', call('GET', undefined, bearer(ADMIN_TOKEN)))).status,
    ).toBe(200)
    const signIn = await shipstation.request('http://shipstation.sandbox.test/__sandbox/sign-in', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://shipstation.sandbox.test',
      },
      body: new URLSearchParams({ token: ADMIN_TOKEN }).toString(),
    })
    expect(signIn.status).toBe(303)
    const cookie = signIn.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/sandbox_admin=/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    const page = await shipstation.request('/__sandbox/outbox', {
      headers: { accept: 'text/html', cookie: cookie.split(';')[0] ?? '' },
    })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Sandbox outbox')
    const wrong = await shipstation.request('http://shipstation.sandbox.test/__sandbox/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ token: 'guess-guess-guess-guess' }).toString(),
    })
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('set-cookie')).toBeNull()
    const browser = await usps.request('/__sandbox/outbox', { headers: { accept: 'text/html' } })
    expect(browser.status).toBe(401)
  })

  it('gives a trainee a tenant token that reads only their own outbox', async () => {
    const sandbox = createInProcessSandbox()
    const done = await runScenario(await loadHappyPath(), { ...sandbox, tenant: 'trainee-1' })
    expect(failuresOf(done)).toEqual([])
    const { usps, shipstation } = exposedApps(sandbox)
    const minted = await usps.request(
      '/__sandbox/tenant-tokens',
      call('POST', { tenant: 'trainee-1' }, bearer(ADMIN_TOKEN)),
    )
    expect(minted.status).toBe(201)
    const { token } = (await minted.json()) as { token: string }
    const as = (tenant: string, t = token) => ({ ...bearer(t), [TENANT_HEADER]: tenant })

    const own = await shipstation.request(
      '/__sandbox/outbox',
      call('GET', undefined, as('trainee-1')),
    )
    expect(own.status).toBe(200)
    expect(((await own.json()) as unknown[]).length).toBeGreaterThan(0)
    for (const [method, path, tenant] of [
      ['GET', '/__sandbox/outbox', 'trainee-2'],
      ['GET', '/__sandbox/outbox', 'default'],
      ['POST', '/__sandbox/clock', 'trainee-1'],
      ['POST', '/__sandbox/reset', 'trainee-1'],
      ['GET', '/__sandbox/nsa-links', 'trainee-1'],
      ['POST', '/__sandbox/tenant-tokens', 'trainee-1'],
    ] as const) {
      const res = await usps.request(
        path,
        call(method, method === 'POST' ? {} : undefined, as(tenant)),
      )
      expect(res.status, `${method} ${path} as ${tenant}`).toBe(403)
    }
    const forged = token.replace('trainee-1', 'trainee-2')
    const res = await usps.request(
      '/__sandbox/outbox',
      call('GET', undefined, as('trainee-2', forged)),
    )
    expect(res.status).toBe(401)
    // The sign-in page puts the trainee's browser in their own tenant.
    const signIn = await usps.request('http://usps.sandbox.test/__sandbox/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    })
    const cookies = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    expect(cookies).toContain('sandbox_tenant=trainee-1')
    const page = await usps.request('/__sandbox/outbox', { headers: { cookie: cookies } })
    expect(page.status).toBe(200)
  })

  it('shows event tokens decoded, never as replayable signed tokens', async () => {
    const sandbox = createInProcessSandbox()
    const done = await runScenario(await loadHappyPath(), sandbox)
    expect(failuresOf(done)).toEqual([])
    const apps = exposedApps(sandbox)
    let seen = 0
    for (const service of SERVICE_NAMES) {
      const res = await apps[service].request(
        '/__sandbox/events',
        call('GET', undefined, bearer(ADMIN_TOKEN)),
      )
      const events = (await res.json()) as { claims?: { event?: string }; token?: string }[]
      seen += events.length
      expect(JSON.stringify(events)).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/)
      for (const event of events) expect(event.claims?.event).toEqual(expect.any(String))
    }
    expect(seen).toBeGreaterThan(0)
  })

  it('sends the admin token on back-channel calls to a peer control route, and only there', async () => {
    const seen: { url: string; auth: string | null }[] = []
    const spy: FetchLike = async (input, init) => {
      const request = new Request(input, init)
      seen.push({ url: request.url, auth: request.headers.get('authorization') })
      return new Response('{}')
    }
    const config = parseSandboxConfig({ SANDBOX_ADMIN_TOKEN: ADMIN_TOKEN })
    const peers = httpPeers(config, spy)
    await peers.stamps.fetch(`${peers.stamps.baseUrl}/__sandbox/clock`, {
      method: 'POST',
      body: '{}',
    })
    await peers.stamps.fetch(`${peers.stamps.baseUrl}/partner/events`, {
      method: 'POST',
      body: '{}',
    })
    expect(seen.map((s) => s.auth)).toEqual([`Bearer ${ADMIN_TOKEN}`, null])
  })
})
