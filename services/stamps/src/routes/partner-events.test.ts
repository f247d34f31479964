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
    const token = await h.usps.event(GOOD_IDS, await h.clockOf(), { event: 'nsa_link.rejected' })
    const res = await post(h, { token })
    expect(res.status).toBe(422)
    expect(await res.json()).toMatchObject({ code: 'unknown_event' })
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

  it('refuses a body without a token', async () => {
    const h = await createHarness()
    const res = await post(h, {})
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ code: 'validation_failed' })
  })
})
