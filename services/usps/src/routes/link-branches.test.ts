import { describe, expect, it } from 'vitest'
import { locationOf, TestBrowser } from '../testing/client'
import {
  AUCTANE_REDIRECT,
  addTestCard,
  CHALLENGE,
  createFixture,
  createTestApp,
  exchangeCode,
  linkAsAuctane,
  signIn,
} from '../testing/harness'

const authorizeUrl = (state = 'st-1') =>
  `/oauth2/v3/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: 'auctane',
    redirect_uri: AUCTANE_REDIRECT,
    scope: 'payments labels prices tracking',
    state,
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
  })}`

/** "Link your business account" from Stamps.com, signing in on the way as the guide says. */
async function startLinking(t: ReturnType<typeof createTestApp>, username: string) {
  const browser = new TestBrowser(t.app)
  const login = locationOf(await browser.get(authorizeUrl()))
  const returnTo = new URLSearchParams(login.split('?')[1]).get('return_to') ?? ''
  const signedIn = await signIn(t, browser, username, returnTo)
  // return_to survives the password and MFA pages: back to the consent step.
  expect(locationOf(signedIn)).toBe(returnTo)
  return { browser, consentPath: returnTo }
}

describe('EPA is mandatory to link (guide Step 3)', () => {
  it('refuses at the linking step with 100003 and where to add the EPA', async () => {
    const t = createTestApp()
    const fixture = await createFixture(t, { state: 'no-epa' })
    const { browser, consentPath } = await startLinking(t, fixture.username)
    const page = await browser.get(consentPath)
    expect(page.status).toBe(409)
    const html = await page.text()
    expect(html).toContain('Your USPS business account has no Enterprise Payment Account')
    expect(html).toContain('data-usps-code="100003"')
    expect(html).toMatch(/href="\/portal"[^>]*>Add your payment account to get started/)
    expect(html).toContain(`href="${consentPath}" data-testid="continue-linking"`)
    expect(html).not.toContain('Authorize and Continue')
  })

  it('refuses a direct POST to the consent step too, and issues no code', async () => {
    const t = createTestApp()
    const fixture = await createFixture(t, { state: 'no-epa' })
    const { browser, consentPath } = await startLinking(t, fixture.username)
    const res = await browser.post(consentPath, { agree: 'on', action: 'authorize' })
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('100003')
    expect(await t.data.list('authorization_codes')).toEqual([])
  })

  it('links without starting over once the EPA is added ("Continue linking")', async () => {
    const t = createTestApp()
    const fixture = await createFixture(t, { state: 'no-epa' })
    const { browser, consentPath } = await startLinking(t, fixture.username)
    expect((await browser.get(consentPath)).status).toBe(409)
    const before = await (await browser.get('/portal')).text()
    expect(before).toContain('Add your payment account below to link your account to Auctane')
    await addTestCard(browser)
    const portal = await (await browser.get('/portal')).text()
    expect(portal).toContain(`href="${consentPath}" data-testid="continue-linking"`)
    const consent = await browser.get(consentPath)
    expect(consent.status).toBe(200)
    expect(await consent.text()).toContain('<h1>Grant Auctane Access</h1>')
    const done = await browser.post(consentPath, { agree: 'on', action: 'authorize' })
    const href = /href="([^"]+)"[^>]*>Go to Auctane/.exec(await done.text())?.[1] ?? ''
    const back = new URL(href.replaceAll('&amp;', '&'))
    expect(back.searchParams.get('state')).toBe('st-1')
    expect((await exchangeCode(t.app, back.searchParams.get('code') ?? '')).status).toBe(200)
    // Linked: the portal no longer offers to continue.
    expect(await (await browser.get('/portal')).text()).not.toContain('Continue linking')
  })

  it('lets a pending ACH account link and finish Step 4 (approval pending)', async () => {
    const t = createTestApp()
    const fixture = await createFixture(t, { state: 'epa-pending-ach' })
    const { browser } = await startLinking(t, fixture.username)
    const { payment } = await linkAsAuctane(t, browser, { ...fixture, eps: fixture.eps ?? '' })
    expect(payment.status).toBe(200)
    const links = (await (await t.app.request('/__sandbox/rep/links')).json()) as unknown[]
    expect(links).toEqual([
      expect.objectContaining({ status: 'pending', epaStatus: 'pending_verification' }),
    ])
  })
})

describe('"Sign in with your existing credentials"', () => {
  it('an existing account with an EPA goes straight to Grant Auctane Access (Step 4)', async () => {
    const t = createTestApp()
    const fixture = await createFixture(t, { state: 'epa-active' })
    const { browser, consentPath } = await startLinking(t, fixture.username)
    const html = await (await browser.get(consentPath)).text()
    expect(html).toContain('<h1>Grant Auctane Access</h1>')
    const { payment } = await linkAsAuctane(t, browser, { ...fixture, eps: fixture.eps ?? '' })
    expect(payment.status).toBe(200)
  })

  it('an existing account without one adds it, then links', async () => {
    const t = createTestApp()
    const fixture = await createFixture(t, { state: 'no-epa' })
    const { browser, consentPath } = await startLinking(t, fixture.username)
    expect((await browser.get(consentPath)).status).toBe(409)
    const epa = await addTestCard(browser)
    expect(epa.epaStatus).toBe('active')
    const { payment } = await linkAsAuctane(t, browser, {
      crid: fixture.crid,
      mid: fixture.mid,
      eps: epa.epsNumber ?? '',
    })
    expect(payment.status).toBe(200)
  })
})
