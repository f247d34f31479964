// Guide Step 4 with an ACH payment account still Pending: the whole onboarding across the three
// services, with the bank account in place of the card. Stamps.com accepts the CRID/MID/EPS and
// shows approval pending; the representative cannot approve until the micro-debits are verified.
import { createInProcessSandbox, runScenario, Step } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'
import { failuresOf, getJson, loadHappyPath } from './support/happy-path'

const ACH_STEPS = [
  Step.parse({
    name: 'Accept the payment account terms and choose ACH Debit',
    submit: 'Continue',
    check: 'I have read, understand and agree to the payment account terms and conditions',
    choose: 'ACH Debit',
    expect: { url: '/portal/payment-account/ach' },
  }),
  Step.parse({
    name: 'Add the bank account: Pending',
    submit: 'Add Payment Account',
    fill: {
      'Routing number': '021000021',
      'Account number': '000123456789',
      'Account type': 'Checking',
    },
    expect: { text: ['Pending', 'EPS Number'] },
    capture: { eps: { text: 'EPS Number (\\d{10})' } },
  }),
]

describe('ACH Pending when the customer returns to Stamps.com', () => {
  it('finishes Step 4 with approval pending, and approval waits for the micro-debits', async () => {
    const scenario = await loadHappyPath()
    const cardAt = scenario.steps.findIndex((s) => s.name.includes('choose Credit Card'))
    const approveAt = scenario.steps.findIndex((s) => s.name.includes('approves the NSA link'))
    expect(cardAt).toBeGreaterThan(0)
    const steps = [
      ...scenario.steps.slice(0, cardAt),
      ...ACH_STEPS,
      ...scenario.steps.slice(cardAt + 2, approveAt),
    ]
    const sandbox = createInProcessSandbox()
    const result = await runScenario({ ...scenario, steps }, sandbox)
    expect(failuresOf(result)).toEqual([])
    expect(result.steps.map((s) => s.name)).toContain('Enter the CRID, MID and EPS Number')

    const linkId = result.variables.linkId ?? ''
    const desk = (await getJson(result, `${sandbox.urls.usps}/__sandbox/rep/links`)) as unknown[]
    expect(desk).toEqual([
      expect.objectContaining({
        id: linkId,
        status: 'pending',
        epaStatus: 'pending_verification',
        canApprove: false,
      }),
    ])
    const approve = await sandbox.fetch(
      `${sandbox.urls.usps}/__sandbox/nsa-links/${linkId}/approve`,
      { method: 'POST' },
    )
    expect(approve.status).toBe(409)
    expect(await approve.json()).toMatchObject({ code: 'nsa_approval_blocked' })
    const connection = await getJson(result, `${sandbox.urls.stamps}/api/v1/connection`)
    expect(connection).toMatchObject({ status: 'approval_pending' })
    await sandbox.close()
  })
})
