import { createMemoryStore, loadServiceKeys } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { createHarness, GOOD_IDS } from '../testing/harness'

type Harness = Awaited<ReturnType<typeof createHarness>>

const PACKAGE = { fromPostalCode: '78731', toPostalCode: '10001', weightOz: 16 }
const ADDRESS = {
  name: 'Ada Lovelace',
  addressLine1: '4301 Bull Creek Rd',
  city: 'Austin',
  state: 'TX',
  postalCode: '78731',
}
const LABEL = {
  idempotencyKey: 'label-1',
  mailClass: 'PRIORITY_MAIL',
  shipFrom: ADDRESS,
  shipTo: { ...ADDRESS, name: 'Grace Hopper', city: 'New York', state: 'NY', postalCode: '10001' },
  weightOz: 16,
}

async function call(h: Harness, method: string, path: string, body?: unknown, token?: string) {
  const bearer = token ?? (await h.shipstation.partnerToken({ clock: await h.clockOf() }))
  return h.app.request(path, {
    method,
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

/** An account whose link USPS approved: NSA prices apply. */
async function approvedAccount(h: Harness) {
  await h.pendingAccount()
  h.usps.approve()
  const token = await h.usps.event(GOOD_IDS, await h.clockOf())
  const res = await h.app.request('/partner/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  })
  expect(res.status).toBe(200)
}

interface RatesAnswer {
  nsaActive: boolean
  rates: { mailClass: string; retailAmount: number; nsaAmount: number | null; zone: number }[]
}

describe('POST /partner/v1/rates', () => {
  it('quotes retail prices from USPS with Auctane client_credentials before approval', async () => {
    const h = await createHarness()
    await h.pendingAccount()
    const res = await call(h, 'POST', '/partner/v1/rates', PACKAGE)
    expect(res.status).toBe(200)
    const body = (await res.json()) as RatesAnswer
    expect(body.nsaActive).toBe(false)
    expect(body.rates.map((r) => r.mailClass)).toEqual([
      'PRIORITY_MAIL_EXPRESS',
      'PRIORITY_MAIL',
      'USPS_GROUND_ADVANTAGE',
    ])
    expect(body.rates.every((r) => r.nsaAmount === null && r.retailAmount > 0)).toBe(true)
    const grants = h.usps.state.tokenRequests.map((r) => r.form.grant_type)
    expect(grants).toContain('client_credentials')
    // One total-rates search for every mail class, not one search per class.
    expect(h.usps.state.priceRequests.map((r) => r.body.priceType)).toEqual(['RETAIL'])
    expect(h.usps.state.priceRequests[0]?.body.mailClasses).toEqual([
      'PRIORITY_MAIL_EXPRESS',
      'PRIORITY_MAIL',
      'USPS_GROUND_ADVANTAGE',
    ])
  })

  it('adds CONTRACT prices with the customer token and EPS once the link is approved', async () => {
    const h = await createHarness()
    await approvedAccount(h)
    const res = await call(h, 'POST', '/partner/v1/rates', PACKAGE)
    const body = (await res.json()) as RatesAnswer
    expect(body.nsaActive).toBe(true)
    for (const rate of body.rates) {
      expect(rate.nsaAmount).not.toBeNull()
      expect(rate.nsaAmount ?? Infinity).toBeLessThan(rate.retailAmount)
    }
    const contract = h.usps.state.priceRequests.filter((r) => r.body.priceType === 'CONTRACT')
    expect(contract).toHaveLength(1)
    const account = await h.account()
    expect(contract[0]?.bearer).toBe(account?.usps?.accessToken)
    expect(contract[0]?.body).toMatchObject({
      accountType: 'EPS',
      accountNumber: GOOD_IDS.epsNumber,
    })
  })

  it('refreshes the customer token shortly before it expires, for NSA prices and labels', async () => {
    const h = await createHarness()
    await approvedAccount(h)
    const usps = (await h.account())?.usps
    const lifetime = Date.parse(usps?.accessTokenExpiresAt ?? '') - Date.parse(usps?.linkedAt ?? '')
    // One minute before USPS's expiry: still valid, but inside the early-refresh window.
    await h.advance(`${lifetime / 1000 - 60}s`)
    const refreshesBefore = h.usps.state.tokenRequests.filter(
      (r) => r.form.grant_type === 'refresh_token',
    ).length
    expect((await call(h, 'POST', '/partner/v1/rates', PACKAGE)).status).toBe(200)
    const refreshes = h.usps.state.tokenRequests.filter(
      (r) => r.form.grant_type === 'refresh_token',
    )
    expect(refreshes).toHaveLength(refreshesBefore + 1)
    const refreshed = (await h.account())?.usps?.accessToken
    expect(refreshed).not.toBe(usps?.accessToken)
    const contract = h.usps.state.priceRequests.filter((r) => r.body.priceType === 'CONTRACT')
    expect(contract.map((r) => r.bearer)).toEqual([refreshed])
    // The label right after uses the fresh token without asking USPS for another.
    expect((await call(h, 'POST', '/partner/v1/labels', LABEL)).status).toBe(201)
    expect(
      h.usps.state.tokenRequests.filter((r) => r.form.grant_type === 'refresh_token'),
    ).toHaveLength(refreshesBefore + 1)
  })

  it('asks USPS again for every request: prices are never kept', async () => {
    const h = await createHarness()
    await h.pendingAccount()
    await call(h, 'POST', '/partner/v1/rates', PACKAGE)
    await call(h, 'POST', '/partner/v1/rates', PACKAGE)
    expect(h.usps.state.priceRequests).toHaveLength(2)
  })

  it('refuses a replayed, forged, SSO-typed or missing partner token', async () => {
    const h = await createHarness()
    const clock = await h.clockOf()
    const token = await h.shipstation.partnerToken({ clock })
    expect((await call(h, 'POST', '/partner/v1/rates', PACKAGE, token)).status).toBe(200)
    const replay = await call(h, 'POST', '/partner/v1/rates', PACKAGE, token)
    expect(replay.status).toBe(401)
    expect(await replay.json()).toMatchObject({ code: 'partner_unauthorized' })
    const forger = await loadServiceKeys(createMemoryStore())
    const forged = await h.shipstation.partnerToken({ clock, keys: forger })
    expect((await call(h, 'POST', '/partner/v1/rates', PACKAGE, forged)).status).toBe(401)
    const sso = await h.shipstation.partnerToken({ clock, type: 'sso+jwt' })
    expect((await call(h, 'POST', '/partner/v1/rates', PACKAGE, sso)).status).toBe(401)
    const none = await h.app.request('/partner/v1/rates', { method: 'POST' })
    expect(none.status).toBe(401)
    expect(h.usps.state.priceRequests).toHaveLength(1)
  })

  it("passes USPS's refusal on with USPS's code and what to do", async () => {
    const h = await createHarness()
    const heavy = await call(h, 'POST', '/partner/v1/rates', { ...PACKAGE, weightOz: 70 * 16 + 1 })
    expect(heavy.status).toBe(400)
    h.usps.state.approvedEps.clear()
    await h.pendingAccount()
    const approvedButNoContract = await (async () => {
      h.usps.approve()
      const token = await h.usps.event(GOOD_IDS, await h.clockOf())
      await h.app.request('/partner/events', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      })
      h.usps.state.approvedEps.clear()
      return call(h, 'POST', '/partner/v1/rates', PACKAGE)
    })()
    expect(approvedButNoContract.status).toBe(422)
    const problem = (await approvedButNoContract.json()) as { code: string; detail: string }
    expect(problem.code).toBe('usps_api_refused')
    expect(problem.detail).toContain('(160212)')
    expect(problem.detail).toContain('retail prices still apply')
  })

  it('refuses a bad package with 400 and asks USPS nothing', async () => {
    const h = await createHarness()
    const res = await call(h, 'POST', '/partner/v1/rates', { ...PACKAGE, weightOz: 0 })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(h.usps.state.priceRequests).toEqual([])
  })
})

describe('POST /partner/v1/labels and DELETE /partner/v1/labels/{trackingNumber}', () => {
  it('buys an NSA label charged to the EPA, once per idempotency key, and voids it', async () => {
    const h = await createHarness()
    await approvedAccount(h)
    const res = await call(h, 'POST', '/partner/v1/labels', LABEL)
    expect(res.status).toBe(201)
    const label = (await res.json()) as { trackingNumber: string; postage: number; charged: string }
    expect(label).toMatchObject({ charged: 'usps_epa' })
    expect(label.trackingNumber).toMatch(/^\d{22}$/)
    const again = await call(h, 'POST', '/partner/v1/labels', LABEL)
    expect(await again.json()).toEqual(label)
    expect(h.usps.state.ledger).toEqual([
      {
        epsNumber: GOOD_IDS.epsNumber,
        trackingNumber: label.trackingNumber,
        amount: label.postage,
      },
    ])
    expect(h.usps.state.labelRequests[0]?.paymentToken).toMatch(/^pat-/)

    const voided = await call(h, 'DELETE', `/partner/v1/labels/${label.trackingNumber}`)
    expect(voided.status).toBe(200)
    expect(await voided.json()).toEqual({ refunded: label.postage })
    expect(h.usps.state.ledger.at(-1)).toMatchObject({ amount: -label.postage })
  })

  it('refuses an NSA label before approval and charges nothing', async () => {
    const h = await createHarness()
    await h.pendingAccount()
    const res = await call(h, 'POST', '/partner/v1/labels', LABEL)
    expect(res.status).toBe(409)
    expect(await res.json()).toMatchObject({ code: 'nsa_not_active' })
    expect(h.usps.state.labelRequests).toEqual([])
  })

  it('refuses a bad label body with 400 and asks USPS nothing', async () => {
    const h = await createHarness()
    await approvedAccount(h)
    const res = await call(h, 'POST', '/partner/v1/labels', {
      ...LABEL,
      mailClass: 'CARRIER_PIGEON',
    })
    expect(res.status).toBe(400)
    expect(h.usps.state.labelRequests).toEqual([])
  })

  it('refuses to void a label of another account', async () => {
    const h = await createHarness()
    await approvedAccount(h)
    const label = (await (await call(h, 'POST', '/partner/v1/labels', LABEL)).json()) as {
      trackingNumber: string
    }
    const token = await h.shipstation.partnerToken({ clock: await h.clockOf(), subject: 'other' })
    const res = await call(
      h,
      'DELETE',
      `/partner/v1/labels/${label.trackingNumber}`,
      undefined,
      token,
    )
    expect(res.status).toBe(404)
    expect(h.usps.state.ledger).toHaveLength(1)
  })
})
