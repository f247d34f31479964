import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createInProcessSandbox,
  type HttpSandbox,
  runScenario,
  startHttpSandbox,
} from '@partner-sandbox/scenarios'
import type { ServiceName } from '@partner-sandbox/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localSandboxConfig } from './support/free-port'
import { failuresOf, getJson, happyPathHalves } from './support/happy-path'
import { controlCaller, eventually, signInAgain } from './support/world'

const APPROVE_STEP = 'The USPS sales representative approves the NSA link'

/** The happy path up to the approval, and the steps after it (the approval itself left out). */
async function aroundApproval() {
  const [before, rest] = await happyPathHalves(APPROVE_STEP)
  return [before, { ...rest, steps: rest.steps.filter((s) => s.name !== APPROVE_STEP) }] as const
}

describe('one clock per tenant across the three services', () => {
  it('the trainer ACH case in-process: a 48 h jump from USPS alone, then approval, and ShipStation shows NSA active', {
    timeout: 60_000,
  }, async () => {
    const sandbox = createInProcessSandbox()
    const [before] = await aroundApproval()
    const half = await runScenario(before, { urls: sandbox.urls, fetch: sandbox.fetch })
    expect(failuresOf(half)).toEqual([])
    const call = controlCaller(sandbox.urls, sandbox.fetch)

    const jump = await call('usps', 'POST', '/clock', { advance: '48h' })
    expect(jump.body.peers).toEqual({ shipstation: 'synced', stamps: 'synced' })
    const times = await Promise.all(
      (['shipstation', 'stamps', 'usps'] as const).map(
        async (s) => (await call(s, 'GET', '/clock')).body.now,
      ),
    )
    const ms = times.map((t) => Date.parse(String(t)))
    // One clock: the three agree to the time it took to ask them.
    expect(Math.max(...ms) - Math.min(...ms)).toBeLessThan(1_000)
    expect(ms[0] ?? 0).toBeGreaterThan(Date.now() + 47 * 3_600_000)
    // Trainers see it in every page footer, on every service.
    const day = new Date(ms[0] ?? 0).toISOString().slice(0, 10)
    for (const [service, page] of [
      ['shipstation', '/login'],
      ['usps', '/login'],
      ['stamps', '/status'],
    ] as const) {
      const html = await (await sandbox.fetch(`${sandbox.urls[service]}${page}`)).text()
      expect(html, service).toMatch(
        new RegExp(`Sandbox time: <time datetime="${day}T[^"]+">${day} `),
      )
    }

    const approved = await call('usps', 'POST', `/nsa-links/${half.variables.linkId}/approve`)
    expect(approved.status).toBe(200)
    expect(approved.body.event).toMatchObject({ delivered: true, lastAnswer: { status: 200 } })
    // Two days on, the customer's sessions have ended (as on the real sites): sign in again.
    expect(await signInAgain(half)).toBe(200)
    const account = await getJson(half, `${sandbox.urls.shipstation}/api/v1/account`)
    expect(account).toMatchObject({ copStatus: 'approved', nsaRatesActive: true })
    await sandbox.close()
  })

  it('the same over HTTP, from the clock of a tenant of its own', { timeout: 60_000 }, async () => {
    const http = await startHttpSandbox(await localSandboxConfig('memory'))
    try {
      const target = { urls: http.urls, fetch: globalThis.fetch, tenant: 'ach-trainer' }
      const [before] = await aroundApproval()
      const half = await runScenario(before, target)
      expect(failuresOf(half)).toEqual([])
      const call = controlCaller(http.urls, globalThis.fetch, 'ach-trainer')
      await call('usps', 'POST', '/clock', { advance: '48h' })
      const approved = await call('usps', 'POST', `/nsa-links/${half.variables.linkId}/approve`)
      expect(approved.body.event).toMatchObject({ delivered: true })
      expect(await signInAgain(half)).toBe(200)
      expect(await getJson(half, `${http.urls.shipstation}/api/v1/account`)).toMatchObject({
        copStatus: 'approved',
        nsaRatesActive: true,
      })
      // Other tenants kept real time.
      const other = await controlCaller(http.urls, globalThis.fetch, 'someone-else')(
        'stamps',
        'GET',
        '/clock',
      )
      expect(Math.abs(Date.parse(String(other.body.now)) - Date.now())).toBeLessThan(60_000)
    } finally {
      await http.close()
    }
  })
})

describe('events that are never lost', () => {
  let dataDir: string
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sandbox-events-'))
  })
  afterAll(() => rm(dataDir, { recursive: true, force: true }))

  it('delivers the approval to a Stamps.com that was down, after a restart of USPS too (SQLite)', {
    timeout: 90_000,
  }, async () => {
    const config = await localSandboxConfig('sqlite', dataDir)
    const running: HttpSandbox[] = []
    const start = async (only: ServiceName[]) => {
      const sandbox = await startHttpSandbox(config, { only })
      running.push(sandbox)
      return sandbox
    }
    try {
      const [shipstation, stamps, usps] = [
        await start(['shipstation']),
        await start(['stamps']),
        await start(['usps']),
      ]
      const target = { urls: usps.urls, fetch: globalThis.fetch, tenant: 'outage' }
      const [before, after] = await aroundApproval()
      const half = await runScenario(before, target)
      expect(failuresOf(half)).toEqual([])
      const call = controlCaller(usps.urls, globalThis.fetch, 'outage')

      await stamps.close()
      const approved = await call('usps', 'POST', `/nsa-links/${half.variables.linkId}/approve`)
      expect(approved.status).toBe(200)
      expect(approved.body.event).toMatchObject({
        delivered: false,
        lastAnswer: { error: expect.any(String) },
      })
      const pending = await call('usps', 'GET', '/events?status=pending')
      expect(pending.body).toEqual([
        expect.objectContaining({
          event: 'nsa_link.approved',
          attempts: 1,
          nextAttemptAt: expect.any(String),
        }),
      ])

      // The sender stops too; the event waits in its SQLite file. The receiver comes back, then
      // the sender, whose first delivery pass sends what is pending.
      await usps.close()
      await start(['stamps'])
      await start(['usps'])
      const arrived = await eventually(async () => {
        const events = (await call('usps', 'GET', '/events')).body as {
          event?: string
          status?: string
        }[]
        return events.some((e) => e.event === 'nsa_link.approved' && e.status === 'delivered')
      })
      expect(arrived).toBe(true)
      await eventually(async () => (await fetch(`${usps.urls.stamps}/__sandbox/health`)).ok)
      const rest = await runScenario(after, target, { resume: half })
      expect(failuresOf(rest)).toEqual([])
      expect(await getJson(rest, `${usps.urls.shipstation}/api/v1/account`)).toMatchObject({
        copStatus: 'approved',
        nsaRatesActive: true,
      })
      void shipstation
    } finally {
      for (const sandbox of running.reverse()) await sandbox.close().catch(() => undefined)
    }
  })
})
