import { createInProcessSandbox, runScenario } from '@partner-sandbox/scenarios'
import { CookieJar, type OutboxMessage, SERVICE_NAMES } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { countingSandbox } from '../support/counting-store'
import { failuresOf, loadHappyPath } from '../support/happy-path'

describe('input that used to answer 500', () => {
  it('refuses a clock advance too large for a date with 4xx, saves nothing, and the tenant lives on', async () => {
    const { sandbox, writes } = countingSandbox()
    for (const service of SERVICE_NAMES) {
      const app = sandbox.apps[service]
      const before = (await (await app.request('/__sandbox/clock')).json()) as { now: string }
      const written = writes()
      for (const advance of ['9999999999999999d', '99999999999999999999ms', '300000000d']) {
        const res = await app.request('/__sandbox/clock', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ advance }),
        })
        expect(res.status, `${service} ${advance}`).toBeGreaterThanOrEqual(400)
        expect(res.status, `${service} ${advance}`).toBeLessThan(500)
      }
      expect(writes()).toBe(written)
      const after = await app.request('/__sandbox/clock')
      expect(after.status).toBe(200)
      expect(((await after.json()) as { now: string }).now).toBe(before.now)
      expect((await app.request('/__sandbox/outbox')).status).toBe(200)
    }
  })

  it('drops a return_to with a lone surrogate instead of throwing URIError after MFA', async () => {
    const sandbox = createInProcessSandbox()
    const done = await runScenario(await loadHappyPath(), sandbox)
    expect(failuresOf(done)).toEqual([])
    const usps = sandbox.apps.usps
    const base = sandbox.urls.usps
    const jar = new CookieJar()
    const send = async (path: string, init: RequestInit = {}) => {
      const url = `${base}${path}`
      const headers = new Headers(init.headers)
      const cookie = jar.headerFor(url)
      if (cookie) headers.set('cookie', cookie)
      const res = await usps.request(url, { ...init, headers })
      jar.store(url, res.headers)
      expect(res.status, path).toBeLessThan(500)
      return res
    }
    const form = (fields: Record<string, string>): RequestInit => ({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
      body: new URLSearchParams(fields).toString(),
    })
    await send(`/login?return_to=${encodeURIComponent('/portal')}%ED%A0%80`)
    await send('/login?return_to=/portal%uD800')
    // A JSON body keeps the lone surrogate (a browser's form would turn it into U+FFFD).
    const login = await send('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/html' },
      body: JSON.stringify({
        username: done.variables.uspsUsername,
        password: 'Sandbox-pass-1',
        return_to: '/portal\ud800',
      }),
    })
    expect(login.headers.get('location')).toBe('/login/mfa')
    const outbox = (await (await usps.request('/__sandbox/outbox')).json()) as OutboxMessage[]
    const code = outbox.find((m) => m.code && m.subject.includes('verification code'))?.code ?? ''
    const mfa = await send('/login/mfa', form({ code }))
    expect(mfa.status).toBe(302)
    expect(mfa.headers.get('location')).toBe('/portal')
  })
})
