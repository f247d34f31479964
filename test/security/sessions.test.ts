import { createInProcessSandbox, runScenario } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'
import { failuresOf, loadHappyPath } from '../support/happy-path'

const SESSION_COOKIES = /^(usps_session|shipstation_session|cop_session|ss_session|[a-z]+_session)=/

describe('sessions and cookies', () => {
  it('sets every cookie of the onboarding HttpOnly, SameSite, host-only and on path /', async () => {
    const sandbox = createInProcessSandbox()
    const cookies: string[] = []
    const recording = {
      ...sandbox,
      fetch: async (input: Request | string | URL, init?: RequestInit) => {
        const res = await sandbox.fetch(input, init)
        cookies.push(...res.headers.getSetCookie())
        return res
      },
    }
    const done = await runScenario(await loadHappyPath(), recording)
    expect(failuresOf(done)).toEqual([])
    expect(cookies.length).toBeGreaterThan(3)
    for (const cookie of cookies) {
      expect(cookie).toMatch(/;\s*Path=\//i)
      expect(cookie).not.toMatch(/;\s*Domain=/i)
      // A deletion (empty value, Max-Age=0) carries nothing to protect.
      if (/^[^=]+=;/.test(cookie)) continue
      expect(cookie).toMatch(/;\s*HttpOnly/i)
      expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i)
      expect(cookie).toMatch(/;\s*Path=\//i)
      expect(cookie).not.toMatch(/;\s*Domain=/i)
    }
    expect(cookies.filter((c) => SESSION_COOKIES.test(c)).length).toBeGreaterThan(0)
  })

  it('gives a new session id at every sign-in, so a planted id is worth nothing', async () => {
    const sandbox = createInProcessSandbox()
    const done = await runScenario(await loadHappyPath(), sandbox)
    expect(failuresOf(done)).toEqual([])
    const planted = 'attacker-chosen-session-id-0123456789'
    const usps = sandbox.urls.usps
    const form = (fields: Record<string, string>, cookie: string) => ({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: usps, cookie },
      body: new URLSearchParams(fields).toString(),
    })
    const login = await sandbox.apps.usps.request(
      `${usps}/login`,
      form(
        { username: done.variables.uspsUsername ?? '', password: 'Sandbox-pass-1' },
        `usps_session=${planted}`,
      ),
    )
    const halfway = /usps_session=([^;]+)/.exec(login.headers.getSetCookie().join(';'))?.[1]
    expect(halfway).toBeDefined()
    expect(halfway).not.toBe(planted)
    const outbox = (await (await sandbox.apps.usps.request('/__sandbox/outbox')).json()) as {
      code?: string
    }[]
    const mfa = await sandbox.apps.usps.request(
      `${usps}/login/mfa`,
      form({ code: outbox.find((m) => m.code)?.code ?? '' }, `usps_session=${halfway}`),
    )
    const signedIn = /usps_session=([^;]+)/.exec(mfa.headers.getSetCookie().join(';'))?.[1]
    expect(signedIn).toBeDefined()
    expect(signedIn).not.toBe(halfway)
    // Neither the planted nor the half-way id opens the portal.
    for (const id of [planted, halfway]) {
      const portal = await sandbox.apps.usps.request(`${usps}/api/v1/account`, {
        headers: { cookie: `usps_session=${id}`, accept: 'application/json' },
      })
      expect(portal.status).toBe(401)
    }
    const portal = await sandbox.apps.usps.request(`${usps}/api/v1/account`, {
      headers: { cookie: `usps_session=${signedIn}`, accept: 'application/json' },
    })
    expect(portal.status).toBe(200)
  })
})
