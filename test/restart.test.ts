import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runScenario, startHttpSandbox } from '@partner-sandbox/scenarios'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localSandboxConfig } from './support/free-port'
import { failuresOf, getJson, happyPathHalves } from './support/happy-path'

describe('restart in the middle of an onboarding', () => {
  let dataDir: string
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sandbox-restart-'))
  })
  afterAll(() => rm(dataDir, { recursive: true, force: true }))

  it('keeps accounts, sessions and pending links in SQLite across a restart', {
    timeout: 60_000,
  }, async () => {
    const config = await localSandboxConfig('sqlite', dataDir)
    const [before, after] = await happyPathHalves(
      'Back on Stamps.com, Link your business account asks for the USPS sign-in',
    )

    const first = await startHttpSandbox(config)
    const target = { urls: first.urls, fetch: globalThis.fetch, tenant: 'restart' }
    const half = await runScenario(before, target)
    expect(failuresOf(half)).toEqual([])
    await first.close()
    await expect(request(first.urls.usps).get('/__sandbox/health')).rejects.toThrow()

    const second = await startHttpSandbox(config)
    try {
      // Same browser, same cookies: the Stamps.com and ShipStation sessions from before still work.
      const rest = await runScenario(after, target, { resume: half })
      expect(failuresOf(rest)).toEqual([])
      const account = await getJson(rest, `${second.urls.shipstation}/api/v1/account`)
      expect(account).toMatchObject({ copStatus: 'approved', nsaRatesActive: true })
    } finally {
      await second.close()
    }
  })
})
