import { describe, expect, it } from 'vitest'
import { TestBrowser } from '../testing/client'
import {
  auctaneAppToken,
  authorizeAuctane,
  createTestApp,
  exchangeCode,
  linkedCustomer,
  registerAccount,
  signIn,
  v3Call,
} from '../testing/harness'

async function codesOf(res: Response): Promise<string[]> {
  const body = (await res.json()) as { apiVersion: string; error: { errors: { code: string }[] } }
  expect(body.apiVersion).toBe('3.0')
  return body.error.errors.map((e) => e.code)
}

describe('GET /payments/v3/payment-account/{accountNumber}', () => {
  it("answers the caller's own EPS account, as published", async () => {
    const t = createTestApp()
    const ann = await linkedCustomer(t)
    const res = await v3Call(
      t.app,
      'GET',
      `/payments/v3/payment-account/${ann.epsNumber}?accountType=EPS&amount=25.50`,
      ann.accessToken,
    )
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      accountNumber: ann.epsNumber,
      accountType: 'EPS',
      permitNumber: null,
      permitZIP: null,
      sufficientFunds: true,
      nonProfitStatus: false,
    })
    // Auctane's own token reads the EPS numbers linked through Auctane.
    const platform = await auctaneAppToken(t.app)
    const linked = await v3Call(
      t.app,
      'GET',
      `/payments/v3/payment-account/${ann.epsNumber}?accountType=EPS`,
      platform,
    )
    expect(linked.status).toBe(200)
  })

  it("refuses another customer's EPS number and an unknown one with 100001", async () => {
    const t = createTestApp()
    const ann = await linkedCustomer(t)
    const bob = await linkedCustomer(t, { email: 'bob@example.com', username: 'bobships' })
    for (const number of [ann.epsNumber, '1000000001']) {
      const res = await v3Call(
        t.app,
        'GET',
        `/payments/v3/payment-account/${number}?accountType=EPS`,
        bob.accessToken,
      )
      expect(res.status).toBe(400)
      expect(await codesOf(res)).toEqual(['100001'])
    }
  })

  it('says 100004 while the ACH payment method is still pending', async () => {
    const t = createTestApp()
    const browser = new TestBrowser(t.app)
    await registerAccount(t, browser)
    await browser.post('/portal/payment-account', { acceptTerms: 'on', method: 'ach' })
    await browser.post('/portal/payment-account/ach', {
      routingNumber: '011000015',
      accountNumber: '000123456789',
      accountType: 'checking',
    })
    const account = (await (await browser.json('GET', '/api/v1/account')).json()) as {
      epsNumber: string
    }
    await signIn(t, browser, 'annships')
    const code = (await authorizeAuctane(browser)).searchParams.get('code') ?? ''
    const { access_token } = (await (await exchangeCode(t.app, code)).json()) as {
      access_token: string
    }
    const res = await v3Call(
      t.app,
      'GET',
      `/payments/v3/payment-account/${account.epsNumber}?accountType=EPS`,
      access_token,
    )
    expect(res.status).toBe(400)
    expect(await codesOf(res)).toEqual(['100004'])
  })

  it.each([
    ['no accountType', '', '030010'],
    ['an unknown accountType', '?accountType=OMAS', '400'],
    ['a PERMIT without permitZIPCode', '?accountType=PERMIT', '160215'],
    ['a negative amount', '?accountType=EPS&amount=-1', '400'],
  ])('refuses %s in USPS’s envelope', async (_, query, code) => {
    const t = createTestApp()
    const ann = await linkedCustomer(t)
    const res = await v3Call(
      t.app,
      'GET',
      `/payments/v3/payment-account/${ann.epsNumber}${query}`,
      ann.accessToken,
    )
    expect(res.status).toBe(400)
    expect(await codesOf(res)).toEqual([code])
  })
})
