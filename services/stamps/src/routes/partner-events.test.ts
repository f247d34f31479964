import { createMemoryStore, loadServiceKeys, signEvent } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { BASE_URLS } from '../testing/base-urls'
import { createHarness, GOOD_IDS } from '../testing/harness'

type Harness = Awaited<ReturnType<typeof createHarness>>

const post = (h: Harness, body: unknown) =>
  h.app.request('/partner/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('POST /partner/events', () => {
  it('approves the matching account and tells ShipStation cop.approved', async () => {
    const h = await createHarness()
    await h.pendingAccount()
    const res = await post(h, { token: await h.usps.event(GOOD_IDS, await h.clockOf()) })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      status: 'processed',
      event: 'nsa_link.approved',
      accountId: (await h.account())?.id,
    })
    expect((await h.account())?.status).toBe('approved')
    expect(h.shipstation.received).toHaveLength(2)
    const payload = await h.verifyEventToShipStation(h.shipstation.received[1]?.token ?? '')
    expect(payload).toMatchObject({ sub: 'ss_acct_1', event: 'cop.approved', data: GOOD_IDS })
  })

  it('answers a redelivered event as a duplicate and does nothing', async () => {
    const h = await createHarness()
    await h.pendingAccount()
    const token = await h.usps.event(GOOD_IDS, await h.clockOf())
    await post(h, { token })
    const again = await post(h, { token })
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ status: 'duplicate' })
    expect(h.shipstation.received).toHaveLength(2)
  })

  it('answers 404 when no account waits for these identifiers, and a retry can still succeed', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    await h.linkUsps(cookie)
    const token = await h.usps.event(GOOD_IDS, await h.clockOf())
    const res = await post(h, { token })
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect((await h.account())?.status).toBe('usps_linked')
    await h.submitForm(cookie, '/connect', GOOD_IDS)
    expect((await post(h, { token })).status).toBe(200)
    expect((await h.account())?.status).toBe('approved')
  })

  it('refuses an event with other identifiers', async () => {
    const h = await createHarness()
    await h.pendingAccount()
    const token = await h.usps.event({ ...GOOD_IDS, mid: '900000001' }, await h.clockOf())
    expect((await post(h, { token })).status).toBe(404)
    expect((await h.account())?.status).toBe('approval_pending')
  })

  it('answers 422 to an event it does not handle', async () => {
    const h = await createHarness()
    await h.pendingAccount()
    const token = await h.usps.event(GOOD_IDS, await h.clockOf(), { event: 'nsa_link.renamed' })
    const res = await post(h, { token })
    expect(res.status).toBe(422)
    expect(await res.json()).toMatchObject({
      code: 'unknown_event',
      detail: expect.stringContaining(
        '"nsa_link.approved", "nsa_link.rejected", "nsa_link.revoked"',
      ),
    })
    expect((await h.account())?.status).toBe('approval_pending')
  })

  it('refuses an event not signed by USPS', async () => {
    const h = await createHarness()
    await h.pendingAccount()
    const token = await signEvent(await loadServiceKeys(createMemoryStore()), {
      issuer: BASE_URLS.usps,
      audience: BASE_URLS.stamps,
      tenant: 'default',
      subject: 'x',
      event: 'nsa_link.approved',
      data: GOOD_IDS,
      clock: await h.clockOf(),
    })
    expect((await post(h, { token })).status).toBe(401)
    expect((await h.account())?.status).toBe('approval_pending')
  })

  it('rejects the matching account with the reason and tells ShipStation cop.rejected', async () => {
    const h = await createHarness()
    await h.pendingAccount()
    const reason = 'The EPS account is not covered by your contract.'
    const token = await h.usps.event({ ...GOOD_IDS, reason }, await h.clockOf(), {
      event: 'nsa_link.rejected',
    })
    const res = await post(h, { token })
    expect(res.status).toBe(200)
    const account = await h.account()
    expect(account).toMatchObject({ status: 'rejected', rejection: { reason } })
    const sent = await h.verifyEventToShipStation(h.shipstation.received[1]?.token ?? '')
    expect(sent).toMatchObject({ sub: 'ss_acct_1', event: 'cop.rejected', data: { reason } })
  })

  it('refuses a rejection without a reason and changes nothing', async () => {
    const h = await createHarness()
    await h.pendingAccount()
    const token = await h.usps.event({ ...GOOD_IDS, reason: ' ' }, await h.clockOf(), {
      event: 'nsa_link.rejected',
    })
    const res = await post(h, { token })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ errors: [{ field: 'reason' }] })
    expect((await h.account())?.status).toBe('approval_pending')
    expect(h.shipstation.received).toHaveLength(1)
  })

  it('after a rejection the customer links again, sends the details again and waits again', async () => {
    const h = await createHarness()
    const cookie = await h.pendingAccount()
    const rejected = await h.usps.event({ ...GOOD_IDS, reason: 'Wrong MID' }, await h.clockOf(), {
      event: 'nsa_link.rejected',
    })
    expect((await post(h, { token: rejected })).status).toBe(200)
    expect((await h.linkUsps(cookie)).headers.get('location')).toBe('/connect')
    expect((await h.account())?.status).toBe('usps_linked')
    const again = await h.submitForm(cookie, '/connect', GOOD_IDS)
    expect(again.headers.get('location')).toBe('/status')
    const account = await h.account()
    expect(account?.status).toBe('approval_pending')
    expect(account?.rejection).toBeUndefined()
    expect(h.usps.state.paymentRequests).toHaveLength(2)
    const events = await Promise.all(
      h.shipstation.received.map(async (r) => (await h.verifyEventToShipStation(r.token)).event),
    )
    expect(events).toEqual(['cop.approval_pending', 'cop.rejected', 'cop.approval_pending'])
    const approved = await h.usps.event(GOOD_IDS, await h.clockOf())
    expect((await post(h, { token: approved })).status).toBe(200)
    expect((await h.account())?.status).toBe('approved')
  })

  it('revokes an approved account, drops its USPS tokens and tells ShipStation cop.revoked', async () => {
    const h = await createHarness()
    const cookie = await h.pendingAccount()
    await post(h, { token: await h.usps.event(GOOD_IDS, await h.clockOf()) })
    const token = await h.usps.event(GOOD_IDS, await h.clockOf(), { event: 'nsa_link.revoked' })
    expect((await post(h, { token })).status).toBe(200)
    const account = await h.account()
    expect(account?.status).toBe('revoked')
    expect(account?.usps).toBeUndefined()
    const sent = await h.verifyEventToShipStation(h.shipstation.received[2]?.token ?? '')
    expect(sent).toMatchObject({ event: 'cop.revoked', data: {} })
    // Sending the details again needs a new link first.
    const refused = await h.submitForm(cookie, '/connect', GOOD_IDS)
    expect(refused.status).toBe(409)
    expect(await refused.text()).toContain('Link your USPS business account first')
    expect((await h.linkUsps(cookie)).headers.get('location')).toBe('/connect')
    expect((await h.account())?.status).toBe('usps_linked')
  })

  it('refuses a revocation for an account that was never sent for approval', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    await h.linkUsps(cookie)
    const token = await h.usps.event(GOOD_IDS, await h.clockOf(), { event: 'nsa_link.revoked' })
    expect((await post(h, { token })).status).toBe(404)
    expect((await h.account())?.status).toBe('usps_linked')
    expect(h.shipstation.received).toHaveLength(0)
  })

  it('refuses a body without a token', async () => {
    const h = await createHarness()
    const res = await post(h, {})
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ code: 'validation_failed' })
  })
})
