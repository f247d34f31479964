import { describe, expect, it } from 'vitest'
import { SESSION_COOKIE } from '../lib/session'
import { locationOf, TestBrowser } from '../testing/client'
import { COMPANY, CONTACT, createFixture, createTestApp, signIn } from '../testing/harness'

async function emailed() {
  const t = createTestApp()
  const browser = new TestBrowser(t.app)
  await browser.post('/register', { email: 'ann@example.com' })
  const url = new URL((await t.newestEmail()).link ?? '')
  return { t, browser, link: url.pathname + url.search }
}

describe('the email validation link', () => {
  it('works once: a second click shows a clear page and keeps the session the browser has', async () => {
    const { t, browser, link } = await emailed()
    expect(locationOf(await browser.get(link))).toBe('/register/company')
    // Another browser, signed in to another account, clicks the same (used) link.
    const fixture = await createFixture(t, { state: 'epa-active' })
    const other = new TestBrowser(t.app)
    await signIn(t, other, fixture.username)
    const session = other.cookie(SESSION_COOKIE)
    const again = await other.get(link)
    expect(again.status).toBe(400)
    expect(await again.text()).toContain('This validation link was already used')
    expect(other.cookie(SESSION_COOKIE)).toBe(session)
    expect((await other.get('/portal')).status).toBe(200)
    // The first browser is untouched as well.
    expect((await browser.get('/register/company')).status).toBe(200)
  })

  it('is refused after 10 minutes, even unused, and replaces no session', async () => {
    const { t, browser, link } = await emailed()
    const session = browser.cookie(SESSION_COOKIE)
    await t.advance('11m')
    const res = await browser.get(link)
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('has expired')
    expect(browser.cookie(SESSION_COOKIE)).toBe(session)
  })

  it('is refused once the email was validated with the code instead', async () => {
    const { t, browser, link } = await emailed()
    const code = (await t.newestEmail()).code ?? ''
    await browser.post('/register/validate', { code })
    const res = await new TestBrowser(t.app).get(link)
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('already used')
  })
})

describe('the setup wizard', () => {
  it('has a Back button that shows the saved step again', async () => {
    const { browser, link } = await emailed()
    await browser.get(link)
    const company = await (await browser.get('/register/company')).text()
    expect(company).not.toContain('data-testid="wizard-back"')
    await browser.post('/register/company', COMPANY)
    const contact = await (await browser.get('/register/contact')).text()
    expect(contact).toMatch(/href="\/register\/company" data-testid="wizard-back">\s*Back/)
    await browser.post('/register/contact', CONTACT)
    const security = await (await browser.get('/register/security')).text()
    expect(security).toContain('href="/register/contact" data-testid="wizard-back"')
    const back = await (await browser.get('/register/contact')).text()
    expect(back).toContain(`value="${CONTACT.firstName}"`)
    // Saving the earlier step again leads on; nothing was lost.
    expect(locationOf(await browser.post('/register/contact', CONTACT))).toBe('/register/security')
  })

  it('offers to continue a half-finished setup where it stopped', async () => {
    const { browser, link } = await emailed()
    await browser.get(link)
    await browser.post('/register/company', COMPANY)
    const html = await (await browser.get('/register')).text()
    expect(html).toContain('You have a setup in progress for ann@example.com.')
    expect(html).toContain('href="/register/contact" data-testid="resume-setup"')
    expect(locationOf(await browser.get('/register/check-email'))).toBe('/register/contact')
  })
})
