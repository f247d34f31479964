import { afterEach, describe, expect, it } from 'vitest'
import { parseScenario } from '../load-scenario'
import { createInProcessSandbox, type InProcessSandbox } from '../sandbox'
import { runScenario } from './run-scenario'

let sandbox: InProcessSandbox | undefined
afterEach(async () => {
  await sandbox?.close()
  sandbox = undefined
})

function start(tenant = 'scn-given') {
  sandbox = createInProcessSandbox()
  return { urls: sandbox.urls, fetch: sandbox.fetch, tenant }
}
const failures = (r: Awaited<ReturnType<typeof runScenario>>) =>
  r.steps.filter((s) => !s.ok).map((s) => `${s.name}: ${s.message}`)

describe('given: fixtures', () => {
  it('starts at the fixtures: answers as variables, the ShipStation account signed in', async () => {
    const result = await runScenario(
      parseScenario(`
name: Given
given: { usps: epa-active, shipstation: balance-ready }
steps:
  - name: The browser is signed in as the fixture account
    service: shipstation
    request: GET /api/v1/account
    expect: { json: { email: '\${given.shipstation.email}', hasPaymentMethod: true } }
  - name: The USPS account is the persona's
    service: usps
    control: GET /rep/links
    expect: { text: '[]' }
`),
      start(),
    )
    expect(failures(result)).toEqual([])
    expect(result.steps.slice(0, 2).map((s) => s.name)).toEqual([
      'Given a USPS business account at epa-active',
      'Given a ShipStation account at balance-ready, signed in',
    ])
    const v = result.variables
    expect(v['given.usps.eps']).toMatch(/^\d{10}$/)
    expect(v.eps).toBe(v['given.usps.eps'])
    expect(v.crid).toBe(v['given.usps.crid'])
    expect(v['given.usps.email']).toBe(v.email)
    expect(v['given.usps.username']).toBe(v.uspsUsername)
    expect(v.apiKey).toBe(v['given.shipstation.apiKey'])
    expect(v['given.shipstation.email']).toMatch(/^fixture-\d+@example\.com$/)
  })

  it('fails at the fixture with the service reason and runs no step', async () => {
    const result = await runScenario(
      parseScenario(`
name: Taken
variables: { uspsUsername: no }
given: { usps: no-epa }
steps:
  - { name: Never, service: usps, open: /login }
`),
      start(),
    )
    expect(result.ok).toBe(false)
    expect(failures(result)[0]).toMatch(
      /^Given a USPS business account at no-epa: usps refused: 400/,
    )
    expect(result.skipped).toEqual(['Never'])
  })
})

describe('given: snapshot', () => {
  it("forks another tenant's snapshot into the scenario's tenant", async () => {
    const target = start('trainee-1')
    const trainer = { ...target, tenant: 'trainer' }
    const prepare = await runScenario(
      parseScenario(`
name: Trainer
given: { usps: linked-pending }
steps:
  - { name: Save, service: usps, control: POST /snapshots, json: { name: class } }
`),
      trainer,
    )
    expect(failures(prepare)).toEqual([])
    const plain = await runScenario(
      parseScenario(`
name: Trainee
given: { snapshot: { name: class, from: trainer } }
steps:
  - name: The trainer's link request is in this tenant too
    service: usps
    control: GET /nsa-links
    expect: { json: { 0.status: pending, 0.crid: '${prepare.variables.crid}' } }
`),
      target,
    )
    expect(failures(plain)).toEqual([])
    expect(plain.steps[0]?.name).toBe(
      'Given snapshot class of tenant trainer, forked into this tenant',
    )
  })

  it('names the missing snapshot', async () => {
    const result = await runScenario(
      parseScenario(`
name: Trainee
given: { snapshot: nothing-saved }
steps:
  - { name: Never, service: usps, open: /login }
`),
      start(),
    )
    expect(failures(result)[0]).toMatch(/forked into this tenant: usps refused: 404/)
  })
})
