import { TENANT_HEADER } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { addFakeUspsCustomer, FIXTURE_LOGIN } from '../testing/fake-usps-customer'
import { createHarness, GOOD_IDS } from '../testing/harness'

async function fixtureHarness() {
  const h = await createHarness()
  const customer = addFakeUspsCustomer(h.usps, {
    ids: GOOD_IDS,
    stamps: h.peers.stamps.fetch,
    clock: () => h.clockOf(),
  })
  const create = (body: unknown) =>
    h.app.request('/__sandbox/fixtures/cop-accounts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  return { h, customer, create }
}

const PROFILE = { shipstationAccountId: 'ss_fix', email: 'fix@example.com', name: 'Fix Ture' }

describe('POST /__sandbox/fixtures/cop-accounts', () => {
  it('links USPS by the real code flow for usps-linked: sign-in, one-time code, consent, token', async () => {
    const { h, customer, create } = await fixtureHarness()
    const res = await create({ ...PROFILE, state: 'usps-linked' })
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({
      accountId: 'ss_fix',
      status: 'usps_linked',
      usps: { ...FIXTURE_LOGIN, eps: GOOD_IDS.epsNumber },
      linkId: null,
    })
    expect(customer.calls).toEqual([
      'POST /__sandbox/fixtures/usps-accounts',
      'POST /api/v1/sessions',
      'GET /__sandbox/outbox',
      'POST /api/v1/sessions/current/mfa',
      'GET /oauth2/v3/authorize',
      expect.stringMatching(/^POST \/oauth2\/v3\/consent\/[0-9a-f-]+$/),
    ])
    // The token exchange carried the PKCE verifier of the state Stamps.com started.
    expect(h.usps.state.tokenRequests[0]?.form).toMatchObject({ grant_type: 'authorization_code' })
    expect(h.usps.state.tokenRequests[0]?.form.code_verifier).toMatch(/^[A-Za-z0-9_-]{43,}$/)
    expect((await h.account('ss_fix'))?.usps?.accessToken).toBeDefined()
    expect(h.shipstation.received).toEqual([])
  })

  it('sends the identifiers through payment-authorization for approval-pending and tells ShipStation', async () => {
    const { h, create } = await fixtureHarness()
    const res = await create({ ...PROFILE, state: 'approval-pending' })
    expect(res.status).toBe(201)
    expect((await res.json()) as object).toMatchObject({ status: 'approval_pending' })
    expect(h.usps.state.paymentRequests).toHaveLength(1)
    expect(await h.account('ss_fix')).toMatchObject({ identifiers: GOOD_IDS })
    const event = await h.verifyEventToShipStation(h.shipstation.received[0]?.token ?? '')
    expect(event).toMatchObject({ sub: 'ss_fix', event: 'cop.approval_pending' })
  })

  it('has USPS approve the link for nsa-active, and ShipStation hears cop.approved', async () => {
    const { h, create } = await fixtureHarness()
    const res = await create({ ...PROFILE, state: 'nsa-active' })
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({ status: 'approved', linkId: 'link-1' })
    expect((await h.account('ss_fix'))?.status).toBe('approved')
    const events = await Promise.all(
      h.shipstation.received.map(async (r) => (await h.verifyEventToShipStation(r.token)).event),
    )
    expect(events).toEqual(['cop.approval_pending', 'cop.approved'])
  })

  it('works in the tenant the request names', async () => {
    const { h } = await fixtureHarness()
    const res = await h.app.request('/__sandbox/fixtures/cop-accounts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TENANT_HEADER]: 'fx' },
      body: JSON.stringify({ ...PROFILE, state: 'usps-linked' }),
    })
    expect(res.status).toBe(201)
    expect(await h.account('ss_fix', 'fx')).toBeDefined()
    expect(await h.account('ss_fix')).toBeUndefined()
    expect(h.usps.state.tokenRequests[0]?.tenant).toBe('fx')
  })

  it.each([
    [{ ...PROFILE, state: 'approved' }, 'state'],
    [{ ...PROFILE, state: 'nsa-active', email: 'not-an-email' }, 'email'],
    [{ state: 'nsa-active', email: 'a@example.com' }, 'shipstationAccountId'],
  ])('refuses %j with 400 naming %s, writing nothing and calling no one', async (body, field) => {
    const { h, customer, create } = await fixtureHarness()
    const res = await create(body)
    expect(res.status).toBe(400)
    const problem = (await res.json()) as { errors: { field: string }[] }
    expect(problem.errors.map((e) => e.field)).toContain(field)
    expect(customer.calls).toEqual([])
    expect(await h.tenantStore().list('cop_accounts')).toEqual([])
  })

  it('refuses an account already past the start with 409', async () => {
    const { h, create } = await fixtureHarness()
    expect((await create({ ...PROFILE, state: 'usps-linked' })).status).toBe(201)
    const again = await create({ ...PROFILE, state: 'nsa-active' })
    expect(again.status).toBe(409)
    expect(await again.json()).toMatchObject({ code: 'fixture_failed' })
    expect((await h.account('ss_fix'))?.status).toBe('usps_linked')
  })
})
