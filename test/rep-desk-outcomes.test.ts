// The USPS representative's decisions as the customer sees them on the other two services: a
// rejection's reason with the way to start again, and a promo code minted on the desk that
// ShipStation then accepts (issue 6, "The USPS sales representative").
import { createInProcessSandbox, runScenario } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'
import { failuresOf, getJson, loadHappyPath } from './support/happy-path'

const REASON = 'The EPS account is not covered by the signed agreement'

const post = (sandbox: ReturnType<typeof createInProcessSandbox>, url: string, body: unknown) =>
  sandbox.fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  })

describe("the representative's decisions reach Stamps.com and ShipStation", () => {
  it('a rejection shows its reason and how to start again on both', async () => {
    const scenario = await loadHappyPath()
    const approveAt = scenario.steps.findIndex((s) => s.name.includes('approves the NSA link'))
    expect(approveAt).toBeGreaterThan(0)
    const sandbox = createInProcessSandbox()
    const result = await runScenario(
      { ...scenario, steps: scenario.steps.slice(0, approveAt) },
      sandbox,
    )
    expect(failuresOf(result)).toEqual([])
    const linkId = result.variables.linkId ?? ''
    const rejected = await post(
      sandbox,
      `${sandbox.urls.usps}/__sandbox/rep/links/${linkId}/reject`,
      {
        reason: REASON,
      },
    )
    expect(rejected.status).toBe(200)
    expect(await rejected.json()).toMatchObject({ status: 'rejected', rejectionReason: REASON })

    const page = async (url: string) =>
      (await result.client.send({ method: 'GET', url, headers: {}, follow: false })).body
    expect(await getJson(result, `${sandbox.urls.stamps}/api/v1/connection`)).toMatchObject({
      status: 'rejected',
    })
    const status = await page(`${sandbox.urls.stamps}/status`)
    expect(status).toContain('USPS rejected the link request. See why and start again below.')
    expect(status).toContain(`USPS rejected the link request: ${REASON}.`)
    expect(status).toContain('href="/usps/link">Link your business account</a>')
    const dashboard = await page(`${sandbox.urls.shipstation}/dashboard`)
    expect(dashboard).toContain(`USPS rejected your NSA link request: ${REASON}`)
    expect(dashboard).toContain('Start again</a>')
    await sandbox.close()
  })

  it('a promo code minted on the desk opens a ShipStation account until it expires', async () => {
    const sandbox = createInProcessSandbox()
    const minted = await post(sandbox, `${sandbox.urls.usps}/__sandbox/rep/promo-codes`, {
      issuedTo: 'ada@example.com',
      validDays: 7,
    })
    expect(minted.status).toBe(201)
    const { code } = (await minted.json()) as { code: string }
    const register = (email: string) =>
      post(sandbox, `${sandbox.urls.shipstation}/api/v1/accounts`, {
        firstName: 'Ada',
        lastName: 'Lovelace',
        company: 'Analytical Engines LLC',
        email,
        phone: '555-010-0100',
        password: 'Sandbox-pass-1',
        promoCode: code,
      })
    expect((await register('ada@example.com')).status).toBe(201)
    const clock = await post(sandbox, `${sandbox.urls.usps}/__sandbox/clock`, { advance: '8d' })
    expect(clock.status).toBe(200)
    const late = await register('late@example.com')
    expect(late.status).toBe(400)
    expect(JSON.stringify(await late.json())).toContain(`The promo code ${code} expired on`)
    await sandbox.close()
  })
})
