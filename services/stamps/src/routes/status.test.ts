import { describe, expect, it } from 'vitest'
import { createHarness, GOOD_IDS } from '../testing/harness'

describe('GET /status', () => {
  it('shows the pending banner with the exact seed words after the details are sent', async () => {
    const h = await createHarness()
    const cookie = await h.pendingAccount()
    const res = await h.app.request('/status', { headers: { cookie } })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain(
      '<div class="banner info" role="status">USPS business account approval is pending</div>',
    )
    expect(html).toContain(GOOD_IDS.epsNumber)
    expect(html).not.toContain('NSA rates are active')
  })

  it('shows no banner before the details are sent', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const html = await (await h.app.request('/status', { headers: { cookie } })).text()
    expect(html).not.toContain('approval is pending')
    expect(html).toContain('<a href="/guidelines">See the guidelines</a>')
  })

  it('shows the linked banner once USPS approved', async () => {
    const h = await createHarness()
    const cookie = await h.pendingAccount()
    const token = await h.usps.event(GOOD_IDS, await h.clockOf())
    await h.app.request('/partner/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    })
    const html = await (await h.app.request('/status', { headers: { cookie } })).text()
    expect(html).toContain('Your USPS business account is linked. NSA rates are active.')
    expect(html).not.toContain('approval is pending')
  })
})

describe('GET /api/v1/connection', () => {
  it('reports status, identifiers and whether USPS is linked', async () => {
    const h = await createHarness()
    const cookie = await h.pendingAccount()
    const res = await h.app.request('/api/v1/connection', { headers: { cookie } })
    expect(await res.json()).toMatchObject({
      accountId: 'ss_acct_1',
      status: 'approval_pending',
      linked: true,
      identifiers: GOOD_IDS,
      approvedAt: null,
    })
  })

  it('never shows the USPS tokens', async () => {
    const h = await createHarness()
    const cookie = await h.pendingAccount()
    const text = await (await h.app.request('/api/v1/connection', { headers: { cookie } })).text()
    const token = (await h.account())?.usps?.accessToken ?? 'missing'
    expect(text).not.toContain(token)
  })

  it('answers 401 problem+json without a session', async () => {
    const h = await createHarness()
    const res = await h.app.request('/api/v1/connection')
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
  })
})
