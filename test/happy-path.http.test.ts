import { randomBytes } from 'node:crypto'
import { runScenario, startHttpSandbox } from '@partner-sandbox/scenarios'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localSandboxConfig } from './support/free-port'
import { failuresOf, getJson, loadHappyPath } from './support/happy-path'

describe('happy path over real ports', () => {
  let sandbox: Awaited<ReturnType<typeof startHttpSandbox>>
  beforeAll(async () => {
    sandbox = await startHttpSandbox(await localSandboxConfig('memory'))
  })
  afterAll(() => sandbox?.close())

  it('serves each service on its own port', async () => {
    for (const [name, url] of Object.entries(sandbox.urls)) {
      const res = await request(url).get('/__sandbox/health')
      expect(res.body).toEqual({ status: 'ok', service: name })
    }
  })

  it('walks the credit-card onboarding over HTTP in its own tenant', async () => {
    const tenant = `scn-${randomBytes(4).toString('hex')}`
    const result = await runScenario(await loadHappyPath(), {
      urls: sandbox.urls,
      fetch: globalThis.fetch,
      tenant,
    })
    expect(failuresOf(result)).toEqual([])
    const account = await getJson(result, `${sandbox.urls.shipstation}/api/v1/account`)
    expect(account).toMatchObject({ copStatus: 'approved', nsaRatesActive: true })

    // The run's tenant kept everything to itself.
    const elsewhere = await request(sandbox.urls.usps).get('/__sandbox/nsa-links')
    expect(elsewhere.body).toEqual([])
  })

  it('keeps two runs in different tenants apart', async () => {
    const scenario = await loadHappyPath()
    const [a, b] = await Promise.all(
      ['scn-a', 'scn-b'].map((tenant) =>
        runScenario(
          scenario,
          { urls: sandbox.urls, fetch: globalThis.fetch, tenant },
          { runId: 'same' },
        ),
      ),
    )
    expect(failuresOf(a!)).toEqual([])
    expect(failuresOf(b!)).toEqual([])
  })
})
