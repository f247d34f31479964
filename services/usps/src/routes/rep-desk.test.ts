import { describe, expect, it } from 'vitest'
import { contractFor } from '../domain/nsa-contract'
import { TestBrowser } from '../testing/client'
import {
  createFixture,
  createTestApp,
  linkAsAuctane,
  recordingPeer,
  signIn,
} from '../testing/harness'

type Row = {
  id: string
  status: string
  company: string
  email: string
  crid: string
  mid: string
  epsNumber: string
  createdAt: string
  epaStatus: string
  canApprove: boolean
  approvalBlocker: string | null
  rejectionReason?: string
}

const post = (t: ReturnType<typeof createTestApp>, path: string, body?: unknown, method = 'POST') =>
  t.app.request(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

const rows = async (t: ReturnType<typeof createTestApp>, query = '') =>
  (await (await t.app.request(`/__sandbox/rep/links${query}`)).json()) as Row[]

describe("the representative's desk", () => {
  it('lists link requests newest first with company, EPA status and state, filterable', async () => {
    const t = createTestApp()
    const first = await createFixture(t, { state: 'linked-pending', username: 'firstco' })
    await t.advance('1m')
    const second = await createFixture(t, { state: 'linked-approved', username: 'secondco' })
    const all = await rows(t)
    expect(all.map((r) => r.id)).toEqual([second.linkId, first.linkId])
    expect(all[1]).toMatchObject({ status: 'pending', epaStatus: 'active', canApprove: true })
    // Every column the desk shows: company, email, CRID, MID, EPS number, EPA status, requested-at.
    expect(all[0]).toMatchObject({
      company: expect.stringMatching(/^Fixture .+ LLC$/),
      email: second.email,
      crid: second.crid,
      mid: second.mid,
      epsNumber: second.eps,
      createdAt: '2026-05-01T12:01:00.000Z',
      status: 'approved',
    })
    const row = /<tr data-link-id="[^"]+">(.*?)<\/tr>/s.exec(
      await (await t.app.request('/rep')).text(),
    )?.[1]
    for (const cell of [second.email, second.crid, second.mid, second.eps ?? '', 'Active']) {
      expect(row).toContain(cell)
    }
    expect(row).toContain('2026-05-01T12:01:00.000Z')
    expect((await rows(t, '?state=approved')).map((r) => r.id)).toEqual([second.linkId])
    expect((await rows(t, `?q=${first.crid}`)).map((r) => r.id)).toEqual([first.linkId])
    expect(await rows(t, '?q=nobody-matches-this')).toEqual([])
    const html = await (await t.app.request('/rep?state=pending')).text()
    expect(html).toContain(first.email)
    expect(html).not.toContain(second.email)
    const bad = await t.app.request('/__sandbox/rep/links?state=maybe')
    expect(bad.status).toBe(400)
  })

  it('cannot approve while the ACH EPA is pending: button disabled with the reason, 409', async () => {
    const t = createTestApp()
    const fixture = await createFixture(t, { state: 'linked-pending', paymentMethod: 'ach' })
    const [row] = await rows(t)
    expect(row).toMatchObject({ epaStatus: 'pending_verification', canApprove: false })
    expect(row?.approvalBlocker).toContain('still pending verification')
    const html = await (await t.app.request('/rep')).text()
    expect(html).toMatch(/<button type="submit" disabled="">Approve<\/button>/)
    expect(html).toContain('micro-debits')
    for (const path of [
      `/__sandbox/rep/links/${fixture.linkId}/approve`,
      `/__sandbox/nsa-links/${fixture.linkId}/approve`,
    ]) {
      const res = await post(t, path)
      expect(res.status).toBe(409)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
      expect(await res.json()).toMatchObject({ code: 'nsa_approval_blocked' })
    }
    const form = await new TestBrowser(t.app).post(`/rep/links/${fixture.linkId}/approve`)
    expect(form.status).toBe(409)
    expect(await form.text()).toContain('still pending verification')
    expect((await rows(t))[0]?.status).toBe('pending')
    expect(await (await t.app.request('/__sandbox/events')).json()).toEqual([])
  })

  it('approves once the micro-debits are verified', async () => {
    const t = createTestApp()
    const fixture = await createFixture(t, { state: 'linked-pending', paymentMethod: 'ach' })
    const [a, b] = fixture.microDebitsCents ?? [0, 0]
    await t.advance('48h')
    const browser = new TestBrowser(t.app)
    await signIn(t, browser, fixture.username)
    const verify = await browser.post('/portal/payment-account/verify', {
      firstAmount: (a / 100).toFixed(2),
      secondAmount: (b / 100).toFixed(2),
    })
    expect(verify.status).toBe(302)
    const res = await post(t, `/__sandbox/rep/links/${fixture.linkId}/approve`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'approved' })
  })

  it('rejects with a reason, tells Stamps.com, and a new link request can follow', async () => {
    const stamps = recordingPeer()
    const t = createTestApp({ stampsFetch: stamps.fetch })
    const fixture = await createFixture(t, { state: 'linked-pending' })
    const noReason = await post(t, `/__sandbox/rep/links/${fixture.linkId}/reject`, {})
    expect(noReason.status).toBe(400)
    expect((await rows(t))[0]?.status).toBe('pending')
    const res = await post(t, `/__sandbox/rep/links/${fixture.linkId}/reject`, {
      reason: 'The CRID is not on the signed agreement.',
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'The CRID is not on the signed agreement.',
    })
    expect(stamps.received).toEqual([
      {
        url: 'http://stamps.test/partner/events',
        event: 'nsa_link.rejected',
        sub: fixture.accountId,
        data: {
          linkId: fixture.linkId,
          crid: fixture.crid,
          mid: fixture.mid,
          epsNumber: fixture.eps,
          uspsAccountId: fixture.accountId,
          reason: 'The CRID is not on the signed agreement.',
        },
      },
    ])
    const again = await post(t, `/__sandbox/rep/links/${fixture.linkId}/reject`, {
      reason: 'again',
    })
    expect(again.status).toBe(409)
    expect((await post(t, `/__sandbox/rep/links/${fixture.linkId}/approve`)).status).toBe(409)
    // Starting again: the customer links anew and a new pending request appears.
    const browser = new TestBrowser(t.app)
    await signIn(t, browser, fixture.username)
    const { payment } = await linkAsAuctane(t, browser, { ...fixture, eps: fixture.eps ?? '' })
    expect(payment.status).toBe(200)
    expect((await rows(t)).map((r) => r.status)).toEqual(['pending', 'rejected'])
  })

  it('rejects from the desk form, and shows the reason beside the request', async () => {
    const t = createTestApp()
    const fixture = await createFixture(t, { state: 'linked-pending' })
    const desk = new TestBrowser(t.app)
    const empty = await desk.post(`/rep/links/${fixture.linkId}/reject`, { reason: '' })
    expect(empty.status).toBe(400)
    expect(await empty.text()).toContain('Give the reason for the rejection')
    const res = await desk.post(`/rep/links/${fixture.linkId}/reject`, {
      reason: 'No signed agreement',
    })
    expect(res.status).toBe(302)
    expect(await (await t.app.request('/rep')).text()).toContain('Reason: No signed agreement')
  })
})

describe('NSA contracts', () => {
  it('prices nothing before approval, the default after, and the edited table once saved', async () => {
    const t = createTestApp()
    const pending = await createFixture(t, { state: 'linked-pending' })
    const eps = pending.eps ?? ''
    expect(await contractFor({ store: t.data }, eps)).toBeNull()
    await post(t, `/__sandbox/rep/links/${pending.linkId}/approve`)
    expect(await contractFor({ store: t.data }, eps)).toEqual({
      name: 'NSA Commercial Plus',
      discounts: {
        PRIORITY_MAIL_EXPRESS: 8,
        PRIORITY_MAIL: 12,
        USPS_GROUND_ADVANTAGE: 18,
        PARCEL_SELECT: 10,
      },
    })
    const bad = await post(
      t,
      `/__sandbox/rep/contracts/${eps}`,
      { name: 'x', discounts: { PRIORITY_MAIL: 200 } },
      'PUT',
    )
    expect(bad.status).toBe(400)
    const form = await new TestBrowser(t.app).post(`/rep/contracts/${eps}`, {
      name: 'Ann Ships 2026',
      'discounts.PRIORITY_MAIL_EXPRESS': '5',
      'discounts.PRIORITY_MAIL': '15',
      'discounts.USPS_GROUND_ADVANTAGE': '20',
      'discounts.PARCEL_SELECT': '9.5',
    })
    expect(form.status).toBe(302)
    expect(await contractFor({ store: t.data }, eps)).toMatchObject({
      name: 'Ann Ships 2026',
      discounts: { PRIORITY_MAIL: 15, USPS_GROUND_ADVANTAGE: 20, PARCEL_SELECT: 9.5 },
    })
    expect(await (await t.app.request(`/rep/contracts/${eps}`)).text()).toContain('Ann Ships 2026')
    expect((await t.app.request('/__sandbox/rep/contracts/0000000000')).status).toBe(404)
  })
})

describe('promo codes', () => {
  it('mints a code with an expiry and sends promo_code.issued to ShipStation', async () => {
    const shipstation = recordingPeer()
    const t = createTestApp({ shipstationFetch: shipstation.fetch })
    const res = await post(t, '/__sandbox/rep/promo-codes', {
      issuedTo: 'Ann@Example.com',
      validDays: 14,
    })
    expect(res.status).toBe(201)
    const promo = (await res.json()) as { code: string; expiresAt: string; issuedTo: string }
    expect(promo.code).toMatch(/^USPS-NSA-\d{8}$/)
    expect(promo).toMatchObject({
      issuedTo: 'ann@example.com',
      expiresAt: '2026-05-15T12:00:00.000Z',
    })
    expect(shipstation.received).toEqual([
      {
        url: 'http://shipstation.test/partner/events',
        event: 'promo_code.issued',
        sub: promo.code,
        data: {
          code: promo.code,
          expiresAt: promo.expiresAt,
          offer: {
            name: 'USPS NSA rates',
            description: 'Negotiated Service Agreement rates through ShipStation',
          },
          issuedTo: 'ann@example.com',
        },
      },
    ])
    const html = await new TestBrowser(t.app).post('/rep/promo-codes', {
      issuedTo: '',
      validDays: '30',
    })
    expect(html.status).toBe(201)
    expect(await html.text()).toMatch(/data-testid="minted-code">USPS-NSA-\d{8}</)
    const refused = await post(t, '/__sandbox/promo-codes', { validDays: 0 })
    expect(refused.status).toBe(400)
    const list = (await (await t.app.request('/__sandbox/rep/promo-codes')).json()) as unknown[]
    expect(list).toHaveLength(2)
  })
})
