import { describe, expect, it } from 'vitest'
import { completeSetup, createHarness } from '../testing/harness'

async function readyAccount() {
  const h = await createHarness()
  const client = h.client()
  const accountId = await completeSetup(client)
  const snapshot = async () => JSON.stringify(await h.accounts())
  return { h, client, accountId, snapshot }
}

describe('POST /partner/events', () => {
  it('records cop.approval_pending with the USPS identifiers', async () => {
    const { h, accountId } = await readyAccount()
    const { res } = await h.sendEvent(accountId, 'cop.approval_pending', {
      crid: '12345678',
      mid: '901234567',
      epsNumber: '1000000001',
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'processed', copStatus: 'approval_pending' })
    expect((await h.accounts())[0]).toMatchObject({
      copStatus: 'approval_pending',
      copIdentifiers: { crid: '12345678', mid: '901234567', epsNumber: '1000000001' },
    })
  })

  it('activates NSA rates on cop.approved', async () => {
    const { h, client, accountId } = await readyAccount()
    await h.sendEvent(accountId, 'cop.approval_pending')
    await h.sendEvent(accountId, 'cop.approved', { crid: '12345678' })
    const [account] = await h.accounts()
    expect(account).toMatchObject({ copStatus: 'approved' })
    const view = await (await client.get('/api/v1/account')).json()
    expect(view).toMatchObject({ copStatus: 'approved', nsaRatesActive: true })
  })

  it('acknowledges a redelivered event as a duplicate and changes nothing', async () => {
    const { h, accountId, snapshot } = await readyAccount()
    const { token } = await h.sendEvent(accountId, 'cop.approval_pending', { crid: '1' })
    const before = await snapshot()
    const { res } = await h.sendEvent(accountId, 'ignored', {}, { token })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'duplicate' })
    expect(await snapshot()).toBe(before)
  })

  it('refuses an event signed with a key Stamps.com never published', async () => {
    const { h, accountId, snapshot } = await readyAccount()
    const before = await snapshot()
    const { res } = await h.sendEvent(accountId, 'cop.approval_pending', {}, { keys: h.forgerKeys })
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect((await res.json()).code).toBe('invalid_token')
    expect(await snapshot()).toBe(before)
  })

  it('refuses a token that is not a JWT, and a body without a token', async () => {
    const { h, accountId, snapshot } = await readyAccount()
    const before = await snapshot()
    expect((await h.sendEvent(accountId, 'x', {}, { token: 'not.a.jwt' })).res.status).toBe(401)
    const empty = await h.app.request('http://shipstation.test/partner/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(empty.status).toBe(400)
    expect(await snapshot()).toBe(before)
  })

  it('refuses an event for another tenant', async () => {
    const { h, accountId, snapshot } = await readyAccount()
    const before = await snapshot()
    const token = (await h.sendEvent(accountId, 'cop.approval_pending', {}, { tenant: 'other' }))
      .token
    const res = await h.app.request('http://shipstation.test/partner/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    })
    expect(res.status).toBe(401)
    expect(await snapshot()).toBe(before)
  })

  it('answers 404 for an unknown account', async () => {
    const { h, snapshot } = await readyAccount()
    const before = await snapshot()
    const { res } = await h.sendEvent('SS000000000', 'cop.approval_pending')
    expect(res.status).toBe(404)
    expect((await res.json()).code).toBe('unknown_account')
    expect(await snapshot()).toBe(before)
  })

  it('answers 422 for an event ShipStation does not handle', async () => {
    const { h, accountId, snapshot } = await readyAccount()
    const before = await snapshot()
    const { res } = await h.sendEvent(accountId, 'nsa_link.approved')
    expect(res.status).toBe(422)
    expect((await res.json()).code).toBe('unknown_event')
    expect(await snapshot()).toBe(before)
  })

  it('refuses cop.approved before cop.approval_pending with 409', async () => {
    const { h, accountId, snapshot } = await readyAccount()
    const before = await snapshot()
    const { res } = await h.sendEvent(accountId, 'cop.approved')
    expect(res.status).toBe(409)
    expect((await res.json()).code).toBe('cop_status_conflict')
    expect(await snapshot()).toBe(before)
  })

  it('refuses identifiers of the wrong type with 400', async () => {
    const { h, accountId, snapshot } = await readyAccount()
    const before = await snapshot()
    const { res } = await h.sendEvent(accountId, 'cop.approval_pending', { crid: 12345678 })
    expect(res.status).toBe(400)
    expect(await snapshot()).toBe(before)
  })
})
