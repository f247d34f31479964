import { describe, expect, it } from 'vitest'
import { ScenarioFileError } from './errors'
import { parseScenario } from './load-scenario'

function problemOf(text: string): ScenarioFileError {
  try {
    parseScenario(text, 'bad.yaml')
  } catch (error) {
    if (error instanceof ScenarioFileError) return error
    throw error
  }
  throw new Error('expected the scenario to be refused')
}

describe('scenario schema', () => {
  it('accepts every step kind and normalises single texts to lists', () => {
    const scenario = parseScenario(`
name: All kinds
variables: { zip: 10001 }
steps:
  - name: Open the page
    service: usps
    open: /login
    expect: { status: 200, text: Sign In }
  - name: Click a link
    click: Create New Account
  - name: Submit a form
    submit: Continue
    fill: { ZIP Code: 10001 }
    check: I agree
    choose: [Credit Card]
  - name: Call the API
    service: shipstation
    request: POST /api/v1/accounts
    json: { email: a@b.c }
    capture: { token: { json: sessionToken } }
  - name: Approve the link
    service: usps
    control: POST /nsa-links/abc/approve
  - name: Jump two days
    clock: { service: all, advance: 48h }
  - name: Sign out of USPS
    clearCookies: usps
  - name: Read the code
    capture: { code: { outbox: { service: usps, channel: email } } }
`)
    expect(scenario.steps.map((s) => s.kind)).toEqual([
      'open',
      'click',
      'submit',
      'request',
      'control',
      'clock',
      'clearCookies',
      'capture',
    ])
    expect(scenario.variables).toEqual({ zip: '10001' })
    const open = scenario.steps[0]
    expect(open?.kind === 'open' && open.expect?.text).toEqual(['Sign In'])
    const read = scenario.steps[7]
    expect(read?.kind === 'capture' && read.capture.code).toMatchObject({
      source: 'outbox',
      outbox: { field: 'code' },
    })
  })

  it('names the path of a bad field and the step it belongs to', () => {
    const error = problemOf(`
name: Bad status
steps:
  - name: Open
    service: usps
    open: /
  - name: Verify the email
    service: usps
    open: /x
    expect: { status: two hundred }
`)
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['steps.1.expect.status'])
    expect(error.message).toContain('steps.1.expect.status (step "Verify the email")')
  })

  it('refuses a step with no action or with two', () => {
    const error = problemOf(`
name: Confused
steps:
  - name: Nothing to do
    service: usps
  - name: Two things
    service: usps
    open: /a
    click: B
`)
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['steps.0', 'steps.1'])
    expect(error.fieldErrors[1]?.message).toContain('this one has open and click')
  })

  it('refuses a relative path without a service, unknown keys and bad regexes', () => {
    const error = problemOf(`
name: Sloppy
steps:
  - name: Where?
    open: /dashboard
  - name: Typo
    service: usps
    open: /
    expct: { status: 200 }
  - name: Bad capture
    service: usps
    open: /
    capture: { crid: { text: "CRID (\\\\d+" } }
`)
    expect(error.fieldErrors.map((e) => e.field)).toEqual([
      'steps.0.service',
      'steps.1',
      'steps.2.capture.crid.text',
    ])
    expect(error.fieldErrors[1]?.message).toContain('expct')
  })

  it('refuses a malformed call, an unknown service and a bad duration', () => {
    const error = problemOf(`
name: Wrong words
steps:
  - name: Call
    service: usps
    request: FETCH /x
  - name: Elsewhere
    service: fedex
    open: /
  - name: Later
    clock: { service: usps, advance: two days }
`)
    expect(error.fieldErrors.map((e) => e.field)).toEqual([
      'steps.0.request',
      'steps.1.service',
      'steps.2.clock.advance',
    ])
  })

  it('reports YAML syntax errors and missing steps', () => {
    expect(problemOf('name: [unclosed').message).toContain('not valid YAML')
    expect(problemOf('name: Empty\nsteps: []').fieldErrors[0]?.field).toBe('steps')
  })

  it('accepts tags, a seed, actions with or without parameters, use:, within, soft and tabs', () => {
    const scenario = parseScenario(`
name: New language
tags: [smoke, card]
seed: 42
steps:
  - register:
  - addEpa: { method: ach }
  - name: Pop-up only
    tab: main
    service: shipstation
    open: /dashboard
    expect: { within: { dialog: Connect your USPS business account }, text: See Instructions, soft: true }
  - { name: New tab, click: See Instructions, opensTab: stamps }
`)
    expect(scenario.tags).toEqual(['smoke', 'card'])
    expect(scenario.seed).toBe(42)
    expect(scenario.steps.at(-2)?.expect?.within).toEqual({
      dialog: 'Connect your USPS business account',
    })
    expect(scenario.steps.at(-1)).toMatchObject({ kind: 'click', opensTab: 'stamps' })
  })

  it('refuses a region of no known kind, a bad tag and a tab on the wrong step', () => {
    const error = problemOf(`
name: Wrong
tags: [two words]
steps:
  - name: Where
    service: usps
    open: /
    expect: { within: { popup: Hi } }
  - { name: Tab, service: usps, control: GET /health, opensTab: x }
`)
    expect(error.fieldErrors.map((e) => e.field)).toEqual([
      'tags.0',
      'steps.0.expect.within',
      'steps.1',
    ])
  })
})

describe('given:', () => {
  it('takes fixture states and snapshots, and refuses an unknown state with the states', () => {
    const scenario = parseScenario(`
name: Given
given: { usps: { state: linked-pending, paymentMethod: ach }, shipstation: nsa-active, snapshot: class }
steps:
  - { name: Look, service: usps, open: /login }
`)
    expect(scenario.given).toEqual({
      usps: { state: 'linked-pending', paymentMethod: 'ach' },
      shipstation: 'nsa-active',
      snapshot: { name: 'class', from: 'default' },
    })
    const refused = problemOf(`
name: Given
given: { shipstation: approved }
steps:
  - { name: Look, service: usps, open: /login }
`)
    expect(refused.message).toContain('given.shipstation')
    expect(refused.message).toContain('nsa-active')
    expect(
      problemOf('name: G\ngiven: {}\nsteps:\n  - { name: L, service: usps, open: /x }').message,
    ).toContain('Give usps, shipstation or snapshot.')
  })
})
