import { describe, expect, it } from 'vitest'
import { locationOf, TestBrowser } from '../testing/client'
import {
  accountJson,
  addTestCard,
  createTestApp,
  registerAccount,
  signIn,
  TEST_CARD,
} from '../testing/harness'

async function signedUp() {
  const t = createTestApp()
  const browser = new TestBrowser(t.app)
  await registerAccount(t, browser)
  return { t, browser }
}

describe('Business Portal payment account (EPA)', () => {
  it('offers the payment account with the exact terms and method words', async () => {
    const { browser } = await signedUp()
    const html = await (await browser.get('/portal')).text()
    expect(html).toContain('<h2>Add your payment account to get started</h2>')
    expect(html).toContain(
      'I have read, understand and agree to the payment account terms and conditions',
    )
    expect(html).toContain('<span>Credit Card</span>')
    expect(html).toContain('<span>ACH Debit</span>')
    expect(html).toContain('>Continue</button>')
  })

  it('sends signed-out visitors to Sign In, coming back afterwards', async () => {
    const t = createTestApp()
    const res = await t.app.request('/portal/account')
    expect(locationOf(res)).toBe('/login?return_to=%2Fportal%2Faccount')
  })

  it('refuses Continue without the terms box and records nothing', async () => {
    const { t, browser } = await signedUp()
    const res = await browser.post('/portal/payment-account', { method: 'credit_card' })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Check the box to agree to the payment account terms')
    expect(await t.data.list('payment_accounts')).toEqual([])
    expect(locationOf(await browser.get('/portal/payment-account/credit-card'))).toBe('/portal')
  })

  it('activates the EPA with a credit card and shows its 10-digit EPS Number', async () => {
    const { browser } = await signedUp()
    const terms = await browser.post('/portal/payment-account', {
      acceptTerms: 'on',
      method: 'credit_card',
    })
    expect(locationOf(terms)).toBe('/portal/payment-account/credit-card')
    const form = await (await browser.get('/portal/payment-account/credit-card')).text()
    expect(form).toContain('Anticipated daily spend (USD)')
    expect(form).toContain('Add Payment Account')
    const added = await browser.post('/portal/payment-account/credit-card', TEST_CARD)
    expect(locationOf(added)).toBe('/portal')
    const account = await accountJson(browser)
    expect(account.epsNumber).toMatch(/^\d{10}$/)
    expect(account.epaStatus).toBe('active')
    const portal = await (await browser.get('/portal')).text()
    expect(portal).toContain('<dt>EPS Number</dt>')
    expect(portal).toContain(`>${account.epsNumber}</dd>`)
    expect(portal).toContain('>Active</dd>')
    expect(portal).not.toContain('Add your payment account to get started')
  })

  it('refuses a declined card, an expired card and a non-positive daily spend without an EPA', async () => {
    const { t, browser } = await signedUp()
    await browser.post('/portal/payment-account', { acceptTerms: 'on', method: 'credit_card' })
    const cases: [Record<string, string>, number, string][] = [
      [{ cardNumber: '4000000000000002' }, 402, 'Your card was declined.'],
      [{ expiry: '03/26' }, 400, 'This card expired (03/26)'],
      [{ anticipatedDailySpend: '0' }, 400, 'Enter an anticipated daily spend above $0.'],
      [{ anticipatedDailySpend: 'lots' }, 400, 'Enter the anticipated daily spend'],
    ]
    for (const [change, status, message] of cases) {
      const res = await browser.post('/portal/payment-account/credit-card', {
        ...TEST_CARD,
        ...change,
      })
      expect(res.status).toBe(status)
      expect(await res.text()).toContain(message)
    }
    const [epa] = await t.data.list<{ status: string; epsNumber?: string }>('payment_accounts')
    expect(epa?.status).toBe('none')
    expect(epa?.epsNumber).toBeUndefined()
    expect(await t.data.list('eps_numbers')).toEqual([])
  })

  it('refuses a second payment account once active (409)', async () => {
    const { browser } = await signedUp()
    await addTestCard(browser)
    const res = await browser.post('/portal/payment-account', { acceptTerms: 'on', method: 'ach' })
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('already active')
  })
})

describe('ACH Debit with micro-debits', () => {
  async function pendingAch() {
    const s = await signedUp()
    await s.browser.post('/portal/payment-account', { acceptTerms: 'on', method: 'ach' })
    const added = await s.browser.post('/portal/payment-account/ach', {
      routingNumber: '011000015',
      accountNumber: '000123456789',
      accountType: 'checking',
    })
    expect(locationOf(added)).toBe('/portal')
    return s
  }

  async function amounts(t: ReturnType<typeof createTestApp>) {
    const notice = (await t.outbox()).find((m) => m.subject.startsWith('Bank notice'))
    const found = [...(notice?.text.matchAll(/\$(0\.\d{2})/g) ?? [])].map((m) => m[1] ?? '')
    return { notice, found }
  }

  it('refuses a routing number that fails the ABA checksum', async () => {
    const { t, browser } = await signedUp()
    await browser.post('/portal/payment-account', { acceptTerms: 'on', method: 'ach' })
    const res = await browser.post('/portal/payment-account/ach', {
      routingNumber: '011000016',
      accountNumber: '000123456789',
      accountType: 'checking',
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('This is not a valid ABA routing number')
    expect(await t.data.list('micro_debit_schedule')).toEqual([])
  })

  it('stays Pending until the debits post 24-48h later, then activates with both amounts', async () => {
    const { t, browser } = await pendingAch()
    const account = await accountJson(browser)
    expect(account.epaStatus).toBe('pending_verification')
    expect(account.epsNumber).toMatch(/^\d{10}$/)
    expect(await (await browser.get('/portal')).text()).toContain('>Pending</dd>')
    const myAccount = await (await browser.get('/portal/account')).text()
    expect(myAccount).toMatch(/<h2>Payment Account<\/h2>[\s\S]*Verify your bank account/)

    // Sessions last 8 hours on the sandbox clock: a day later the user signs in again.
    await t.advance('23h')
    await signIn(t, browser, 'annships')
    expect((await amounts(t)).notice).toBeUndefined()
    const early = await browser.post('/portal/payment-account/verify', {
      firstAmount: '0.10',
      secondAmount: '0.20',
    })
    expect(early.status).toBe(409)
    expect(await early.text()).toContain('have not posted yet')

    await t.advance('25h')
    await signIn(t, browser, 'annships')
    await browser.get('/portal/payment-account/verify')
    const { notice, found } = await amounts(t)
    expect(notice?.to).toBe('ann@example.com')
    expect(found).toHaveLength(2)
    const [first = '', second = ''] = found
    const verified = await browser.post('/portal/payment-account/verify', {
      firstAmount: second,
      secondAmount: `$${first}`,
    })
    expect(locationOf(verified)).toBe('/portal')
    expect((await accountJson(browser)).epaStatus).toBe('active')
  })

  it('fails the bank account after three wrong confirmations', async () => {
    const { t, browser } = await pendingAch()
    await t.advance('48h')
    await signIn(t, browser, 'annships')
    const { found } = await amounts(t)
    const wrong = found[0] === '0.99' ? '0.98' : '0.99'
    const one = await browser.post('/portal/payment-account/verify', {
      firstAmount: wrong,
      secondAmount: wrong,
    })
    expect(one.status).toBe(400)
    expect(await one.text()).toContain('2 tries left')
    await browser.post('/portal/payment-account/verify', {
      firstAmount: wrong,
      secondAmount: wrong,
    })
    const third = await browser.post('/portal/payment-account/verify', {
      firstAmount: wrong,
      secondAmount: wrong,
    })
    expect(third.status).toBe(409)
    expect((await accountJson(browser)).epaStatus).toBe('verification_failed')
    expect(await (await browser.get('/portal')).text()).toContain(
      'Add your payment account to get started',
    )
  })

  it('refuses malformed amounts without counting an attempt', async () => {
    const { t, browser } = await pendingAch()
    await t.advance('48h')
    await signIn(t, browser, 'annships')
    const res = await browser.post('/portal/payment-account/verify', {
      firstAmount: '12',
      secondAmount: '',
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('in dollars, e.g. 0.32')
    const [epa] = await t.data.list<{ ach: { failedAttempts: number } }>('payment_accounts')
    expect(epa?.ach.failedAttempts).toBe(0)
  })
})
