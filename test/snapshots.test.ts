import {
  createInProcessSandbox,
  runScenario,
  type ScenarioResult,
  type ScenarioTarget,
  startHttpSandbox,
} from '@partner-sandbox/scenarios'
import { SERVICE_NAMES } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { localSandboxConfig } from './support/free-port'
import { failuresOf, loadHappyPath } from './support/happy-path'
import { controlCaller } from './support/world'

/** The ShipStation account as the customer's browser sees it, in any tenant (status, JSON). */
async function accountIn(result: ScenarioResult, tenant: string) {
  const exchange = await result.client.send({
    method: 'GET',
    url: `${result.variables.shipstationUrl}/api/v1/account`,
    headers: { accept: 'application/json', 'x-sandbox-tenant': tenant },
    follow: false,
  })
  return exchange.status === 200 ? JSON.parse(exchange.body) : exchange.status
}

async function saveResetRestoreFork(target: ScenarioTarget, tenant: string, trainee: string) {
  const done = await runScenario(await loadHappyPath(), target)
  expect(failuresOf(done)).toEqual([])
  const call = controlCaller(target.urls, target.fetch, tenant)
  const approved = { copStatus: 'approved', nsaRatesActive: true }

  const saved = await call('stamps', 'POST', '/snapshots', { name: 'approved' })
  expect(saved.status).toBe(201)
  expect(saved.body.services).toEqual({ stamps: 'saved', shipstation: 'saved', usps: 'saved' })

  for (const service of SERVICE_NAMES) await call(service, 'POST', '/reset')
  expect(await accountIn(done, tenant)).not.toMatchObject(approved)
  expect((await call('usps', 'GET', '/nsa-links')).body).toEqual([])
  for (const service of SERVICE_NAMES) {
    expect((await call(service, 'GET', '/snapshots')).body).toEqual([
      expect.objectContaining({ name: 'approved', tenant }),
    ])
  }

  const restored = await call('usps', 'POST', '/snapshots/approved/restore')
  expect(restored.body.services).toEqual({
    usps: 'restored',
    shipstation: 'restored',
    stamps: 'restored',
  })
  expect(await accountIn(done, tenant)).toMatchObject(approved)
  expect((await call('usps', 'GET', '/nsa-links')).body).toEqual([
    expect.objectContaining({ status: 'approved' }),
  ])

  const fork = await call('usps', 'POST', '/snapshots/approved/fork', { tenant: trainee })
  expect(fork.status).toBe(201)
  // The same browser, in the fork: the customer's sessions were copied with everything else.
  expect(await accountIn(done, trainee)).toMatchObject(approved)
  const traineeCall = controlCaller(target.urls, target.fetch, trainee)
  await traineeCall('usps', 'POST', '/reset')
  await traineeCall('stamps', 'POST', '/clock', { advance: '30d' })
  expect((await traineeCall('usps', 'GET', '/nsa-links')).body).toEqual([])
  // The first tenant did not move.
  expect((await call('usps', 'GET', '/nsa-links')).body).toHaveLength(1)
  expect(await accountIn(done, tenant)).toMatchObject(approved)
  const [mine, theirs] = [
    await call('usps', 'GET', '/clock'),
    await traineeCall('usps', 'GET', '/clock'),
  ]
  expect(Date.parse(String(theirs.body.now)) - Date.parse(String(mine.body.now))).toBeGreaterThan(
    29 * 86_400_000,
  )

  const deleted = await call('shipstation', 'DELETE', '/snapshots/approved')
  expect(deleted.body.services).toEqual({
    shipstation: 'deleted',
    stamps: 'deleted',
    usps: 'deleted',
  })
  expect((await call('stamps', 'GET', '/snapshots')).body).toEqual([])
}

describe('snapshots of a finished onboarding', () => {
  it('save, reset, restore, and fork into a second tenant that diverges, in-process', {
    timeout: 60_000,
  }, async () => {
    const sandbox = createInProcessSandbox()
    await saveResetRestoreFork({ urls: sandbox.urls, fetch: sandbox.fetch }, 'default', 'trainee-1')
    await sandbox.close()
  })

  it('the same over HTTP', { timeout: 60_000 }, async () => {
    const http = await startHttpSandbox(await localSandboxConfig('memory'))
    try {
      const target = { urls: http.urls, fetch: globalThis.fetch, tenant: 'trainer' }
      await saveResetRestoreFork(target, 'trainer', 'trainee-2')
    } finally {
      await http.close()
    }
  })
})
