import { describe, expect, it } from 'vitest'
import { locationOf, TestBrowser } from '../testing/client'
import {
  accountJson,
  COMPANY,
  CONTACT,
  createTestApp,
  PASSWORD,
  registerAccount,
} from '../testing/harness'

async function validatedBrowser(email = 'ann@example.com') {
  const t = createTestApp()
  const browser = new TestBrowser(t.app)
  await browser.post('/register', { email })
  const link = new URL((await t.newestEmail()).link ?? '')
  const res = await browser.get(link.pathname + link.search)
  return { t, browser, res }
}

describe('Create New Account', () => {
  it('shows the email form with its exact words', async () => {
    const html = await (await createTestApp().app.request('/register')).text()
    expect(html).toContain('<h1>Create New Account</h1>')
    expect(html).toContain('<label for="field-email">Email</label>')
    expect(html).toContain('Send Validation Email')
  })

  it('emails a validation link and code, then walks the three steps to the portal', async () => {
    const t = createTestApp()
    const browser = new TestBrowser(t.app)
    const sent = await browser.post('/register', { email: 'Ann@Example.com' })
    expect(locationOf(sent)).toBe('/register/check-email')
    const email = await t.newestEmail()
    expect(email.to).toBe('ann@example.com')
    expect(email.link).toMatch(/^http:\/\/usps\.test\/register\/validate\?token=/)
    expect(email.code).toMatch(/^\d{6}$/)

    const link = new URL(email.link ?? '')
    expect(locationOf(await browser.get(link.pathname + link.search))).toBe('/register/company')
    const step1 = await (await browser.get('/register/company')).text()
    expect(step1).toContain('Step 1 of 3')
    expect(step1).toContain('<h1>Company Information</h1>')
    expect(locationOf(await browser.post('/register/company', COMPANY))).toBe('/register/contact')
    const step2 = await (await browser.get('/register/contact')).text()
    expect(step2).toContain('Step 2 of 3')
    expect(locationOf(await browser.post('/register/contact', CONTACT))).toBe('/register/security')
    const step3 = await (await browser.get('/register/security')).text()
    expect(step3).toContain('Step 3 of 3')
    expect(step3).toContain('I agree to the USPS.com Terms of Use')
    expect(step3).toContain('Create Account')
    const done = await browser.post('/register/security', {
      username: 'annships',
      password: PASSWORD,
      confirmPassword: PASSWORD,
      acceptTerms: 'on',
    })
    expect(locationOf(done)).toBe('/portal')

    const account = await accountJson(browser)
    expect(account.crid).toMatch(/^\d{8}$/)
    expect(account.mid).toMatch(/^9\d{8}$/)
    expect(account).toMatchObject({ email: 'ann@example.com', mfa: { method: 'email' } })
    const portal = await (await browser.get('/portal')).text()
    expect(portal).toContain('<h1>Business Portal</h1>')
    expect(portal).toContain('Outbound Mailer ID (MASTER MID)')
    expect(portal).toContain(account.crid)
  })

  it('accepts the emailed code instead of the link', async () => {
    const t = createTestApp()
    const browser = new TestBrowser(t.app)
    await browser.post('/register', { email: 'ann@example.com' })
    const wrong = await browser.post('/register/validate', { code: '000000' })
    expect(wrong.status).toBe(400)
    expect(await wrong.text()).toContain('That code is not correct')
    const code = (await t.newestEmail()).code ?? ''
    expect(locationOf(await browser.post('/register/validate', { code }))).toBe('/register/company')
  })

  it('refuses an expired link after the clock moves past 10 minutes', async () => {
    const t = createTestApp()
    const browser = new TestBrowser(t.app)
    await browser.post('/register', { email: 'ann@example.com' })
    const link = new URL((await t.newestEmail()).link ?? '')
    await t.advance('11m')
    const res = await browser.get(link.pathname + link.search)
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('This validation link has expired')
    expect(locationOf(await browser.get('/register/company'))).toBe('/register/check-email')
  })

  it('refuses a malformed email inline and stores nothing', async () => {
    const t = createTestApp()
    const res = await new TestBrowser(t.app).post('/register', { email: 'not-an-email' })
    expect(res.status).toBe(400)
    expect(await res.text()).toMatch(/field-email-error[^>]*>Enter a valid email address/)
    expect(await t.data.list('registrations')).toEqual([])
    expect(await t.outbox()).toEqual([])
  })

  it('refuses a PO Box street address and keeps the step open', async () => {
    const { t, browser } = await validatedBrowser()
    for (const street of ['PO Box 123', 'P.O. Box 9', 'Post Office Box 4']) {
      const res = await browser.post('/register/company', { ...COMPANY, streetAddress: street })
      expect(res.status).toBe(400)
      expect(await res.text()).toContain('PO Boxes are not accepted')
    }
    const [registration] = await t.data.list<{ company?: unknown }>('registrations')
    expect(registration?.company).toBeUndefined()
    expect(locationOf(await browser.get('/register/contact'))).toBe('/register/company')
  })

  it('re-renders bad wizard input beside the fields without changing state', async () => {
    const { t, browser } = await validatedBrowser()
    const res = await browser.post('/register/company', { ...COMPANY, state: 'XX', zipCode: '1' })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('Enter the two-letter state code')
    expect(html).toContain('Enter a 5-digit ZIP Code')
    expect(html).toContain('value="Ann Ships LLC"')
    const [registration] = await t.data.list<{ company?: unknown }>('registrations')
    expect(registration?.company).toBeUndefined()
  })

  it('refuses mismatched passwords and a missing terms box without creating an account', async () => {
    const { t, browser } = await validatedBrowser()
    await browser.post('/register/company', COMPANY)
    await browser.post('/register/contact', CONTACT)
    const unchecked = await browser.post('/register/security', {
      username: 'annships',
      password: PASSWORD,
      confirmPassword: PASSWORD,
    })
    expect(unchecked.status).toBe(400)
    expect(await unchecked.text()).toContain('Check the box to agree to the USPS.com Terms of Use.')
    const mismatch = await browser.post('/register/security', {
      username: 'annships',
      password: PASSWORD,
      confirmPassword: 'Other12345',
      acceptTerms: 'on',
    })
    expect(mismatch.status).toBe(400)
    expect(await mismatch.text()).toContain('The passwords do not match')
    expect(await t.data.list('accounts')).toEqual([])
  })

  it('refuses a taken username and a taken email inline', async () => {
    const t = createTestApp()
    await registerAccount(t, new TestBrowser(t.app))
    const again = await new TestBrowser(t.app).post('/register', { email: 'ANN@example.com' })
    expect(again.status).toBe(400)
    expect(await again.text()).toContain('An account already uses ann@example.com')

    const other = new TestBrowser(t.app)
    await other.post('/register', { email: 'bob@example.com' })
    const link = new URL((await t.newestEmail()).link ?? '')
    await other.get(link.pathname + link.search)
    await other.post('/register/company', COMPANY)
    await other.post('/register/contact', CONTACT)
    const taken = await other.post('/register/security', {
      username: 'AnnShips',
      password: PASSWORD,
      confirmPassword: PASSWORD,
      acceptTerms: 'on',
    })
    expect(taken.status).toBe(400)
    expect(await taken.text()).toMatch(/field-username-error[^>]*>The username AnnShips is taken/)
    expect(await t.data.list('accounts')).toHaveLength(1)
  })

  it('continues the wizard after a restart, from the step it stopped at', async () => {
    const { t, browser } = await validatedBrowser()
    await browser.post('/register/company', COMPANY)
    const restarted = t.restart()
    browser.use(restarted)
    expect(locationOf(await browser.get('/register/check-email'))).toBe('/register/contact')
    const contact = await browser.get('/register/contact')
    expect(contact.status).toBe(200)
    expect(locationOf(await browser.post('/register/contact', CONTACT))).toBe('/register/security')
  })
})
