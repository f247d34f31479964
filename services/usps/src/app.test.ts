import { TENANT_HEADER } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { locationOf, TestBrowser } from './testing/client'
import { createTestApp, PASSWORD, registerAccount } from './testing/harness'

describe('the USPS app', () => {
  it('puts the bank notice in the outbox right after a clock jump, with no other request', async () => {
    const t = createTestApp()
    const browser = new TestBrowser(t.app)
    await registerAccount(t, browser)
    await browser.post('/portal/payment-account', { acceptTerms: 'on', method: 'ach' })
    await browser.post('/portal/payment-account/ach', {
      routingNumber: '021000021',
      accountNumber: '55554444',
      accountType: 'checking',
    })
    const before = await t.outbox()
    expect(before.some((m) => m.subject.startsWith('Bank notice'))).toBe(false)
    await t.advance('48h')
    const after = await t.outbox()
    expect(after.filter((m) => m.subject.startsWith('Bank notice'))).toHaveLength(1)
    // Posted once: later requests do not send it again.
    await t.app.request('/login')
    expect((await t.outbox()).filter((m) => m.subject.startsWith('Bank notice'))).toHaveLength(1)
  })

  it('keeps tenants apart: an account of one tenant cannot sign in to another', async () => {
    const t = createTestApp()
    await registerAccount(t, new TestBrowser(t.app))
    const res = await t.app.request('/login', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        [TENANT_HEADER]: 'qa-2',
      },
      body: new URLSearchParams({ username: 'annships', password: PASSWORD }).toString(),
    })
    expect(res.status).toBe(400)
    const home = await t.app.request('/', { headers: { [TENANT_HEADER]: 'qa-2' } })
    expect(locationOf(home)).toBe('/login')
  })
})
