import { afterEach, describe, expect, it } from 'vitest'
import { ScenarioFileError } from '../errors'
import { parseScenario } from '../load-scenario'
import { createInProcessSandbox, type InProcessSandbox } from '../sandbox'
import { runScenario } from './run-scenario'

let sandbox: InProcessSandbox | undefined
afterEach(async () => {
  await sandbox?.close()
  sandbox = undefined
})

function run(yaml: string) {
  sandbox = createInProcessSandbox()
  return runScenario(parseScenario(yaml), {
    urls: sandbox.urls,
    fetch: sandbox.fetch,
    tenant: 'scn-faults',
  })
}
const lines = (r: Awaited<ReturnType<typeof run>>) =>
  r.steps.map(
    (s) =>
      `${s.ok ? 'ok' : s.soft ? 'soft' : 'FAIL'} ${s.name}${s.message ? `: ${s.message}` : ''}`,
  )

const TOKEN = `service: usps
    request: POST /oauth2/v3/token
    form: { grant_type: client_credentials, client_id: auctane, client_secret: nope }`

describe('fault steps', () => {
  it('installs a catalogue fault for N requests on the service it names', async () => {
    const result = await run(`
name: Token endpoint down
steps:
  - { name: USPS token endpoint down, fault: usps.token-endpoint-down for 2 requests }
  - name: The faults list shows it with two uses
    service: usps
    control: GET /faults
    expect: { json: { 0.name: usps.token-endpoint-down, 0.remaining: 2 } }
  - name: A token call answers 503
    ${TOKEN}
    expect:
      status: 503
      json: { error: temporarily_unavailable }
      journal: { service: usps, method: POST, path: /oauth2/v3/token, status: 503, count: 1 }
`)
    expect(lines(result)).toEqual([
      'ok USPS token endpoint down',
      'ok The faults list shows it with two uses',
      'ok A token call answers 503',
    ])
  })

  it('installs a raw edge fault on the step service, with times from the step', async () => {
    const result = await run(`
name: Raw fault
steps:
  - name: Stamps.com answers 502 to its guidelines once
    service: stamps
    fault: { method: GET, path: /guidelines, status: 502, body: { down: true } }
    times: 1
  - name: The guidelines fail once
    service: stamps
    request: GET /guidelines
    expect: { status: 502, json: { down: true } }
  - name: Used up, the fault is gone
    service: stamps
    control: GET /faults
    expect: { text: '[]' }
`)
    expect(lines(result).filter((l) => !l.startsWith('ok'))).toEqual([])
  })

  it('refuses an unknown catalogue name, listing the names, and a raw fault with no service', () => {
    const refused = (yaml: string) => {
      try {
        parseScenario(yaml, 'bad.yaml')
      } catch (error) {
        if (error instanceof ScenarioFileError) return error.message
        throw error
      }
      throw new Error('expected a refusal')
    }
    expect(refused('name: x\nsteps:\n  - { name: f, fault: usps.nope }')).toContain(
      'No fault "usps.nope" in the catalogue; use one of usps.token-endpoint-down,',
    )
    expect(refused('name: x\nsteps:\n  - { name: f, fault: { path: /x, status: 500 } }')).toContain(
      'Name the service to fault.',
    )
    expect(refused('name: x\nsteps:\n  - { name: f, fault: down for ever }')).toContain(
      'Write a catalogue name',
    )
  })
})

describe('journal expectations', () => {
  it('fails with the count found, and a soft one reports and goes on', async () => {
    const result = await run(`
name: Journal
steps:
  - name: One failed token call
    ${TOKEN}
    expect:
      status: 401
      soft: true
      journal:
        - { service: usps, path: /oauth2/v3/token, count: 2 }
        - { service: stamps, path: /oauth2/*, count: 0 }
  - name: Counted across the run, by caller
    service: usps
    control: GET /faults
    expect:
      journal: { service: usps, path: /oauth2/v3/token, caller: browser, count: 1 }
  - name: A step that makes no request can check the journal
    clearCookies: all
    expect:
      journal: { service: usps, path: /oauth2/*, count: 1 }
  - name: Counts that differ fail the step
    service: usps
    control: GET /faults
    expect:
      journal: { service: usps, method: GET, path: /oauth2/v3/token, count: 1 }
`)
    expect(lines(result)).toEqual([
      'soft One failed token call: requests to usps any method /oauth2/v3/token: 1 in the journal, expected 2',
      'ok Counted across the run, by caller',
      'ok A step that makes no request can check the journal',
      'FAIL Counts that differ fail the step: requests to usps GET /oauth2/v3/token: 0 in the journal, expected 1',
    ])
  })
})

describe('a tenant per step', () => {
  it('acts in another tenant with its own cookies, then back in the scenario tenant', async () => {
    const result = await run(`
name: Tenants
steps:
  - { name: A fault in the other tenant, tenant: other-1, fault: usps.epa-inactive }
  - name: The other tenant has it
    tenant: other-1
    service: usps
    control: GET /faults
    expect: { json: { 0.name: usps.epa-inactive } }
  - name: The scenario tenant has none
    service: usps
    control: GET /faults
    expect: { text: '[]' }
`)
    expect(lines(result).filter((l) => !l.startsWith('ok'))).toEqual([])
    expect(result.client.tenant).toBe('scn-faults')
  })
})
