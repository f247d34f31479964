import { createInProcessSandbox, runScenario } from '@partner-sandbox/scenarios'
import {
  MAX_FAILED_SIGN_INS,
  MAX_SIGN_IN_CHALLENGES,
  type OutboxMessage,
  SIGN_IN_LOCKOUT_MINUTES,
} from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { failuresOf, loadHappyPath } from '../support/happy-path'

const START = Date.parse('2026-06-01T12:00:00Z')
const PASSWORD = 'Sandbox-pass-1'

async function onboarded() {
  const sandbox = createInProcessSandbox({ realTime: () => START })
  const done = await runScenario(await loadHappyPath(), sandbox)
  expect(failuresOf(done)).toEqual([])
  const json = (
    service: 'usps' | 'shipstation',
    path: string,
    body: unknown,
    tenant = 'default',
    token?: string,
  ) =>
    sandbox.apps[service].request(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'x-sandbox-tenant': tenant,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    })
  const answer = async (res: Response) =>
    `${res.status} ${((await res.json()) as { code?: string }).code}`
  const advance = async (service: 'usps' | 'shipstation', advance: string) =>
    expect((await json(service, '/__sandbox/clock', { advance })).status).toBe(200)
  return {
    sandbox,
    done,
    json,
    answer,
    advance,
    username: done.variables.uspsUsername ?? '',
    email: done.variables.email ?? '',
  }
}

describe('sign-in lockouts', () => {
  it('locks a USPS account after 5 wrong passwords for 30 sandbox minutes, even to the right one', async () => {
    const { json, answer, advance, username } = await onboarded()
    const signIn = (password: string, login = username) =>
      json('usps', '/api/v1/sessions', { username: login, password })
    const known: string[] = []
    const unknown: string[] = []
    for (let i = 0; i < MAX_FAILED_SIGN_INS + 2; i++) {
      known.push(await answer(await signIn('wrong-password')))
      unknown.push(await answer(await signIn('wrong-password', 'nobody-at-all')))
    }
    expect(known.slice(0, MAX_FAILED_SIGN_INS - 1)).toEqual(
      Array(MAX_FAILED_SIGN_INS - 1).fill('400 validation_failed'),
    )
    expect(known.slice(MAX_FAILED_SIGN_INS - 1)).toEqual(Array(3).fill('429 sign_in_locked'))
    // The same answers, in the same order, whether or not the account exists.
    expect(unknown).toEqual(known)
    expect(await answer(await signIn(PASSWORD))).toBe('429 sign_in_locked')
    const body = (await (await signIn(PASSWORD)).json()) as { detail: string }
    expect(body.detail).toContain(`locked for ${SIGN_IN_LOCKOUT_MINUTES} minutes`)
    await advance('usps', `${SIGN_IN_LOCKOUT_MINUTES}m`)
    expect((await signIn(PASSWORD)).status).toBe(201)
  })

  it('never locks another tenant: one tenant brute force leaves the next run alone', async () => {
    const sandbox = createInProcessSandbox({ realTime: () => START })
    const signIn = async (tenant: string, password: string) => {
      const res = await sandbox.apps.shipstation.request('/api/v1/sessions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sandbox-tenant': tenant },
        body: JSON.stringify({ email: 'shared@example.com', password }),
      })
      return `${res.status} ${((await res.json()) as { code?: string }).code}`
    }
    for (let i = 0; i < 200; i++) await signIn('tenant-a', `guess-${i}`)
    expect(await signIn('tenant-a', 'x')).toBe('429 sign_in_locked')
    expect(await signIn('tenant-b', 'x')).toBe('401 invalid_credentials')
  })

  it('locks a ShipStation account after 5 wrong passwords, and a right one before that resets the count', async () => {
    const { json, answer, advance, email } = await onboarded()
    const signIn = (password: string) =>
      json('shipstation', '/api/v1/sessions', { email, password })
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++)
      expect((await signIn('wrong')).status).toBe(401)
    expect((await signIn(PASSWORD)).status).toBe(200)
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++)
      expect((await signIn('wrong')).status).toBe(401)
    expect(await answer(await signIn('wrong'))).toBe('429 sign_in_locked')
    expect(await answer(await signIn(PASSWORD))).toBe('429 sign_in_locked')
    await advance('shipstation', `${SIGN_IN_LOCKOUT_MINUTES}m`)
    expect((await signIn(PASSWORD)).status).toBe(200)
  })

  it('ends an MFA challenge after 5 wrong codes and stops endless restarts (100 codes over 20 sign-ins)', async () => {
    const { sandbox, json, username } = await onboarded()
    const outcomes: string[] = []
    let guessed = false
    for (let signIn = 0; signIn < 20; signIn++) {
      const started = await json('usps', '/api/v1/sessions', { username, password: PASSWORD })
      if (started.status !== 201) {
        outcomes.push(`${started.status} ${((await started.json()) as { code: string }).code}`)
        continue
      }
      const { sessionToken } = (await started.json()) as { sessionToken: string }
      for (let guess = 0; guess < 5; guess++) {
        const res = await json(
          'usps',
          '/api/v1/sessions/current/mfa',
          { code: '000000' },
          'default',
          sessionToken,
        )
        if (res.status === 200) guessed = true
      }
      outcomes.push('challenge')
    }
    expect(guessed).toBe(false)
    expect(outcomes.filter((o) => o === 'challenge')).toHaveLength(MAX_SIGN_IN_CHALLENGES)
    expect(outcomes.at(-1)).toBe('429 sign_in_locked')
    // Locked: even the right code of a fresh challenge cannot be asked for.
    const outbox = (await (
      await sandbox.apps.usps.request('/__sandbox/outbox')
    ).json()) as OutboxMessage[]
    expect(
      outbox.filter((m) => m.subject.includes('verification code')).length,
    ).toBeLessThanOrEqual(MAX_SIGN_IN_CHALLENGES + 2)
  })

  it('limits "Resend code" to 3 per verification', async () => {
    const sandbox = createInProcessSandbox({ realTime: () => START })
    const scenario = await loadHappyPath()
    const at = scenario.steps.findIndex(
      (s) => s.name === 'Verify the email with the code from the inbox',
    )
    const done = await runScenario({ ...scenario, steps: scenario.steps.slice(0, at) }, sandbox)
    expect(failuresOf(done)).toEqual([])
    const resend = () =>
      done.client.send({
        method: 'POST',
        url: `${sandbox.urls.shipstation}/verify/email/resend`,
        headers: { accept: 'text/html' },
        body: new URLSearchParams(),
        follow: false,
      })
    for (let i = 0; i < 3; i++) expect((await resend()).status).toBe(303)
    const fourth = await resend()
    expect(fourth.status).toBe(429)
    expect(fourth.body).toContain('A new code was sent 3 times already')
  })

  it('takes as long to refuse an unknown login as a wrong password (a dummy hash)', async () => {
    const { json, username } = await onboarded()
    const time = async (login: string, i: number) => {
      const started = performance.now()
      await json(
        'usps',
        '/api/v1/sessions',
        { username: `${login}`, password: `wrong-${i}` },
        `timing-${i}`,
      )
      return performance.now() - started
    }
    const known: number[] = []
    const unknown: number[] = []
    // Each try in its own tenant, so no lockout ends the measurement early.
    for (let i = 0; i < 4; i++) {
      known.push(await time(username, i))
      unknown.push(await time(`nobody-${i}`, i + 10))
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
    // Unknown logins only exist in their own tenants here, so compare with a hash's cost.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.3)
  })
})
