import {
  createInProcessSandbox,
  type InProcessSandbox,
  parseScenario,
  runScenario,
  type Scenario,
} from '@partner-sandbox/scenarios'
import { REP_REJECTS_REASON } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { EXPECTED_SWEEP, sweepEdgeCatalogue } from './support/catalogue-sweep'
import { failuresOf, getJson, happyPathHalves, loadHappyPath } from './support/happy-path'
import { rejectedTail } from './support/rejected-tail'

const TENANT = 'token-down'

/** The happy path's steps from `from` up to and including `to`. */
async function stepsBetween(from: string, to?: string): Promise<Scenario['steps']> {
  const { steps } = await loadHappyPath()
  const start = steps.findIndex((s) => s.name === from)
  const end = to === undefined ? steps.length - 1 : steps.findIndex((s) => s.name === to)
  if (start < 0 || end < start) throw new Error(`No steps ${from} .. ${to}`)
  return steps.slice(start, end + 1)
}

const USPS_DOWN_STEP = parseScenario(`
name: USPS down
steps:
  - name: Go to Auctane while the USPS token endpoint is down
    click: Go to Auctane
    expect:
      status: 503
      text: [USPS is temporarily unavailable, Link your business account]
  - name: Link your business account again (still signed in to USPS, so straight to consent)
    click: Link your business account
    expect:
      text: Grant Auctane Access
`).steps

async function control(sandbox: InProcessSandbox, path: string, body?: unknown) {
  const res = await sandbox.fetch(`${sandbox.urls.usps}/__sandbox${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', 'x-sandbox-tenant': TENANT },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('faults across the services, in process', () => {
  it('USPS token endpoint answers 503 twice: Stamps.com says so clearly, and retrying links the account', {
    timeout: 60_000,
  }, async () => {
    const sandbox = createInProcessSandbox()
    const target = { urls: sandbox.urls, fetch: sandbox.fetch, tenant: TENANT }
    const [before] = await happyPathHalves('Go to Auctane returns to Stamps.com')
    const half = await runScenario(before, target)
    expect(failuresOf(half)).toEqual([])
    const fault = await control(sandbox, '/faults', { name: 'usps.token-endpoint-down', times: 2 })
    expect(fault.status).toBe(201)

    // Twice: USPS is down, the customer clicks Link your business account and grants again.
    // USPS remembers the consent of the first grant: granting again shows no checkbox to tick.
    const relink = (await stepsBetween('Grant Auctane access', 'Grant Auctane access')).map(
      (step) => ('check' in step ? { ...step, check: undefined } : step),
    )
    const retries: Scenario = {
      name: 'USPS token endpoint down twice',
      tags: [],
      variables: {},
      steps: [...USPS_DOWN_STEP, ...relink, ...USPS_DOWN_STEP, ...relink],
    }
    const retried = await runScenario(retries, target, { resume: half })
    expect(failuresOf(retried)).toEqual([])

    // The third try reaches USPS and the onboarding finishes.
    const rest = await stepsBetween('Go to Auctane returns to Stamps.com')
    const finished = await runScenario(
      { name: 'rest', tags: [], variables: {}, steps: rest },
      target,
      { resume: retried },
    )
    expect(failuresOf(finished)).toEqual([])
    const account = await getJson(finished, `${sandbox.urls.shipstation}/api/v1/account`)
    expect(account).toMatchObject({ copStatus: 'approved', nsaRatesActive: true })

    // The journal agrees: three token calls from Stamps.com, two answered by the fault.
    const count = (query: string) => control(sandbox, `/journal/count?${query}`)
    const calls = 'method=POST&path=/oauth2/v3/token&caller=stamps'
    expect((await count(calls)).body.count).toBe(3)
    expect((await count(`${calls}&status=503`)).body.count).toBe(2)
    expect((await control(sandbox, '/faults')).body).toEqual([])
    await sandbox.close()
  })

  it.each([
    {
      name: 'usps.mfa-code-expired',
      before: 'Complete MFA with the emailed code',
      expect: 'The verification code has expired. Sign in again for a new code.',
      status: 400,
    },
    {
      name: 'usps.consent-denied',
      before: 'Grant Auctane access',
      expect: 'You cancelled on USPS, so Stamps.com was not given access',
      status: 400,
    },
    {
      name: 'usps.epa-inactive',
      before: 'Enter the CRID, MID and EPS Number',
      expect: 'USPS error 100002: "Your EPS Account is not Active',
      status: 422,
    },
  ])(
    "$name: the step fails once with the real service's answer, as a customer sees it",
    {
      timeout: 60_000,
    },
    async (entry) => {
      const sandbox = createInProcessSandbox()
      const tenant = entry.name.replace('.', '-')
      const target = { urls: sandbox.urls, fetch: sandbox.fetch, tenant }
      const [before] = await happyPathHalves(entry.before)
      const half = await runScenario(before, target)
      expect(failuresOf(half)).toEqual([])
      const installed = await sandbox.fetch(`${sandbox.urls.stamps}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sandbox-tenant': tenant },
        body: JSON.stringify({ name: entry.name }),
      })
      expect(await installed.json()).toMatchObject({
        service: 'usps',
        name: entry.name,
        remaining: 1,
      })
      const [step] = await stepsBetween(entry.before, entry.before)
      const faulted = await runScenario(
        {
          name: entry.name,
          tags: [],
          variables: {},
          steps: [{ ...step!, expect: { status: entry.status, text: [entry.expect] } }],
        },
        target,
        { resume: half },
      )
      expect(failuresOf(faulted)).toEqual([])
      const faults = await sandbox.fetch(`${sandbox.urls.usps}/__sandbox/faults`, {
        headers: { 'x-sandbox-tenant': tenant },
      })
      expect(await faults.json()).toEqual([])
      await sandbox.close()
    },
  )
})

describe('usps.rep-rejects across the services, in process', () => {
  it("armed from ShipStation, the desk's Approve rejects: ShipStation shows the reason", {
    timeout: 60_000,
  }, async () => {
    const sandbox = createInProcessSandbox()
    const tenant = 'rep-rejects'
    const target = { urls: sandbox.urls, fetch: sandbox.fetch, tenant }
    const [before] = await happyPathHalves('The USPS sales representative approves the NSA link')
    const half = await runScenario(before, target)
    expect(failuresOf(half)).toEqual([])
    const headers = { 'content-type': 'application/json', 'x-sandbox-tenant': tenant }
    const armed = await sandbox.fetch(`${sandbox.urls.shipstation}/__sandbox/faults`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'usps.rep-rejects' }),
    })
    expect(await armed.json()).toMatchObject({ service: 'usps', name: 'usps.rep-rejects' })

    // The representative presses Approve on the desk page (a form post, as a browser sends it).
    const desk = await sandbox.fetch(
      `${sandbox.urls.usps}/rep/links/${half.variables.linkId}/approve`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-sandbox-tenant': tenant,
        },
        body: '',
        redirect: 'manual',
      },
    )
    expect(desk.status).toBe(302)
    const after = await runScenario(rejectedTail(REP_REJECTS_REASON), target, { resume: half })
    expect(failuresOf(after)).toEqual([])
    const events = await sandbox.fetch(`${sandbox.urls.usps}/__sandbox/events`, { headers })
    expect(await events.json()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ event: 'nsa_link.rejected', status: 'delivered' }),
      ]),
    )
    await sandbox.close()
  })
})

describe('the edge entries of the fault catalogue, in process', () => {
  it('each, installed through another service, answers once in its wire format on its own', async () => {
    const sandbox = createInProcessSandbox()
    const outcomes = await sweepEdgeCatalogue(sandbox.urls, sandbox.fetch, 'sweep')
    expect(outcomes.map((o) => o.name)).toEqual(EXPECTED_SWEEP.map((e) => e.name))
    for (const [i, expected] of EXPECTED_SWEEP.entries()) {
      const outcome = outcomes[i]
      expect(outcome, expected.name).toMatchObject({ status: expected.status, left: 0 })
      expect(outcome?.installedOn).toBe(outcome?.name.split('.')[0])
      expect(outcome?.body).toContain(expected.body)
    }
    await sandbox.close()
  })
})
