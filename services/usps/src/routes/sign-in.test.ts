import { describe, expect, it } from 'vitest'
import { locationOf, TestBrowser } from '../testing/client'
import { createTestApp, PASSWORD, registerAccount, signIn, type TestApp } from '../testing/harness'

async function withAccount() {
  const t = createTestApp()
  await registerAccount(t, new TestBrowser(t.app))
  return { t, browser: new TestBrowser(t.app) }
}

describe('Sign In with MFA by email', () => {
  it('shows the sign-in form with its exact words', async () => {
    const html = await (await createTestApp().app.request('/login')).text()
    expect(html).toContain('<h1>Sign In</h1>')
    expect(html).toContain('<label for="field-username">Username</label>')
    expect(html).toContain('<label for="field-password">Password</label>')
    expect(html).toContain('href="/register">Create New Account</a>')
    expect(locationOf(await createTestApp().app.request('/'))).toBe('/login')
  })

  it('signs in with the username or the email, then the emailed 6-digit code', async () => {
    const { t, browser } = await withAccount()
    const first = await browser.post('/login', { username: 'ann@example.com', password: PASSWORD })
    expect(locationOf(first)).toBe('/login/mfa')
    const page = await (await browser.get('/login/mfa')).text()
    expect(page).toContain('<h1>Verify Your Identity</h1>')
    expect(page).toContain('Verification code')
    const email = await t.newestEmail()
    expect(email.code).toMatch(/^\d{6}$/)
    const done = await browser.post('/login/mfa', { code: email.code ?? '' })
    expect(locationOf(done)).toBe('/portal')
    expect((await browser.get('/portal')).status).toBe(200)

    const byUsername = await signIn(t, new TestBrowser(t.app), 'ANNSHIPS')
    expect(locationOf(byUsername)).toBe('/portal')
  })

  it('refuses a wrong password without starting a challenge', async () => {
    const { t, browser } = await withAccount()
    const before = (await t.outbox()).length
    const res = await browser.post('/login', { username: 'annships', password: 'Wrong12345' })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('The username or password is incorrect')
    expect(await t.outbox()).toHaveLength(before)
    expect(await t.data.list('mfa_challenges')).toEqual([])
  })

  it('locks the page after 5 wrong passwords for 30 sandbox minutes, the same for unknown users', async () => {
    const { t, browser } = await withAccount()
    const attempt = async (username: string, password: string) => {
      const res = await browser.post('/login', { username, password })
      // The echoed username aside, the answer must not tell whether the account exists.
      return `${res.status} ${(await res.text()).replaceAll(username, 'USER')}`
    }
    const known: string[] = []
    const unknown: string[] = []
    for (let i = 0; i < 6; i++) {
      known.push(await attempt('annships', 'Wrong12345'))
      unknown.push(await attempt('nobodyhere', 'Wrong12345'))
    }
    expect(known.map((a) => a.slice(0, 3))).toEqual(['400', '400', '400', '400', '429', '429'])
    expect(unknown).toEqual(known)
    expect(known[4]).toContain('locked for 30 minutes')
    const emails = (await t.outbox()).length
    await t.advance('29m')
    expect((await attempt('annships', PASSWORD)).slice(0, 3)).toBe('429')
    expect(await t.outbox()).toHaveLength(emails)
    await t.advance('1m')
    const open = await browser.post('/login', { username: 'annships', password: PASSWORD })
    expect(locationOf(open)).toBe('/login/mfa')
  })

  it('keeps a half-signed-in session out of the portal and the API', async () => {
    const { browser } = await withAccount()
    await browser.post('/login', { username: 'annships', password: PASSWORD })
    expect(locationOf(await browser.get('/portal'))).toBe('/login/mfa')
    expect(locationOf(await browser.get('/portal/account'))).toBe('/login/mfa')
    expect((await browser.json('GET', '/api/v1/account')).status).toBe(401)
  })

  it('counts wrong codes and ends the challenge after five', async () => {
    const { t, browser } = await withAccount()
    await browser.post('/login', { username: 'annships', password: PASSWORD })
    const code = (await t.newestEmail()).code ?? ''
    const wrong = code === '111111' ? '222222' : '111111'
    const first = await browser.post('/login/mfa', { code: wrong })
    expect(first.status).toBe(400)
    expect(await first.text()).toContain('4 tries left')
    for (let i = 0; i < 3; i++) await browser.post('/login/mfa', { code: wrong })
    const fifth = await browser.post('/login/mfa', { code: wrong })
    expect(await fifth.text()).toContain('Too many incorrect codes')
    expect(await t.data.list('mfa_challenges')).toEqual([])
    // The right code no longer helps: the sign-in starts over.
    expect(locationOf(await browser.post('/login/mfa', { code }))).toBe('/login')
    expect(locationOf(await browser.get('/portal'))).toBe('/login?return_to=%2Fportal')
  })

  it('refuses a malformed code without counting it', async () => {
    const { t, browser } = await withAccount()
    await browser.post('/login', { username: 'annships', password: PASSWORD })
    const res = await browser.post('/login/mfa', { code: '12ab' })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Enter the 6-digit verification code')
    const [challenge] = await t.data.list<{ attempts: number }>('mfa_challenges')
    expect(challenge?.attempts).toBe(0)
  })

  it('refuses the code once 10 minutes have passed on the sandbox clock', async () => {
    const { t, browser } = await withAccount()
    await browser.post('/login', { username: 'annships', password: PASSWORD })
    const code = (await t.newestEmail()).code ?? ''
    await t.advance('11m')
    const res = await browser.post('/login/mfa', { code })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('The verification code has expired')
    expect(locationOf(await browser.get('/portal'))).toMatch(/^\/login/)
  })

  it('returns to a relative return_to after sign-in and ignores other hosts', async () => {
    const { t } = await withAccount()
    const good = await signIn(t, new TestBrowser(t.app), 'annships', '/portal/account')
    expect(locationOf(good)).toBe('/portal/account')
    for (const evil of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const res = await signIn(t, new TestBrowser(t.app), 'annships', evil)
      expect(locationOf(res)).toBe('/portal')
    }
    const form = await (await t.app.request('/login?return_to=//evil.example')).text()
    expect(form).not.toContain('evil.example')
  })

  it('signs out', async () => {
    const { t, browser } = await withAccount()
    await signIn(t, browser, 'annships')
    expect(locationOf(await browser.post('/logout'))).toBe('/login')
    expect(locationOf(await browser.get('/portal'))).toMatch(/^\/login/)
  })
})

describe('"Resend code" on Verify Your Identity', () => {
  async function atMfa() {
    const { t, browser } = await withAccount()
    await browser.post('/login', { username: 'annships', password: PASSWORD })
    return { t, browser, first: (await t.newestEmail()).code ?? '' }
  }
  const resend = (browser: TestBrowser) => browser.post('/login/mfa/resend')
  const challenge = async (t: TestApp) =>
    (await t.data.list<{ code: string; attempts: number; resends: number }>('mfa_challenges'))[0]

  it('shows the button and emails a new code that replaces the old one', async () => {
    const { t, browser, first } = await atMfa()
    const page = await (await browser.get('/login/mfa')).text()
    expect(page).toContain('action="/login/mfa/resend"')
    expect(page).toContain('Resend code</button>')
    expect(page).toContain('You can ask for a new code 3 more times.')
    const before = (await t.outbox()).length
    const res = await resend(browser)
    expect(res.status).toBe(303)
    expect(locationOf(res)).toBe('/login/mfa?resent=1')
    const after = await (await browser.get(locationOf(res))).text()
    expect(after).toContain('We emailed a new code. Codes sent before it no longer work.')
    expect(after).toContain('You can ask for a new code 2 more times.')
    expect(await t.outbox()).toHaveLength(before + 1)
    const second = (await t.newestEmail()).code ?? ''
    expect(second).toMatch(/^\d{6}$/)
    expect(second).not.toBe(first)
    const old = await browser.post('/login/mfa', { code: first })
    expect(old.status).toBe(400)
    expect(await old.text()).toContain('That code is not correct. 4 tries left.')
    expect(locationOf(await browser.post('/login/mfa', { code: second }))).toBe('/portal')
  })

  it('sends at most 3 new codes, then says so inline and changes nothing', async () => {
    const { t, browser } = await atMfa()
    for (let i = 0; i < 3; i++) expect((await resend(browser)).status).toBe(303)
    const last = (await t.newestEmail()).code ?? ''
    const page = await (await browser.get('/login/mfa')).text()
    expect(page).not.toContain('Resend code</button>')
    expect(page).toContain('No more new codes for this sign-in.')
    const records = await t.data.exportRecords()
    const fourth = await resend(browser)
    expect(fourth.status).toBe(429)
    const html = await fourth.text()
    expect(html).toContain('role="alert"')
    expect(html).toContain('You have asked for a new code 3 times, the most one sign-in allows.')
    expect(html).toContain('action="/login/mfa"')
    expect(await t.data.exportRecords()).toEqual(records)
    expect(await challenge(t)).toMatchObject({ code: last, resends: 3 })
    // The newest code still signs in.
    expect(locationOf(await browser.post('/login/mfa', { code: last }))).toBe('/portal')
  })

  it('keeps counting wrong codes across resends: five in all end the challenge', async () => {
    const { t, browser } = await atMfa()
    for (let i = 0; i < 3; i++) await browser.post('/login/mfa', { code: '000000' })
    await resend(browser)
    const code = (await t.newestEmail()).code ?? ''
    expect(await challenge(t)).toMatchObject({ attempts: 3, resends: 1 })
    const wrong = code === '000000' ? '999999' : '000000'
    expect(await (await browser.post('/login/mfa', { code: wrong })).text()).toContain('1 try left')
    const fifth = await browser.post('/login/mfa', { code: wrong })
    expect(await fifth.text()).toContain('Too many incorrect codes')
    expect(await t.data.list('mfa_challenges')).toEqual([])
    expect(locationOf(await browser.post('/login/mfa', { code }))).toBe('/login')
  })

  it('gives a code valid for 10 more minutes when the first one expired unused', async () => {
    const { t, browser, first } = await atMfa()
    await t.advance('11m')
    await resend(browser)
    const fresh = (await t.newestEmail()).code ?? ''
    expect(fresh).not.toBe(first)
    await t.advance('9m')
    expect(locationOf(await browser.post('/login/mfa', { code: fresh }))).toBe('/portal')
  })

  it('refuses a resend with no sign-in waiting, or posted from another site, and sends nothing', async () => {
    const { t, browser } = await atMfa()
    const records = await t.data.exportRecords()
    const stranger = await resend(new TestBrowser(t.app))
    expect(stranger.status).toBe(400)
    const html = await stranger.text()
    expect(html).toContain('role="alert"')
    expect(html).toContain('This sign-in has ended. Sign in again for a new code.')
    const forged = await t.app.request('/login/mfa/resend', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
        cookie: `usps_session=${browser.cookie('usps_session')}`,
      },
      body: 'code=123456',
    })
    expect(forged.status).toBe(403)
    expect(await t.data.exportRecords()).toEqual(records)
    expect(await challenge(t)).toMatchObject({ resends: 0 })
  })

  it('refuses a resend once the challenge has ended, without a new email', async () => {
    const { t, browser } = await atMfa()
    for (let i = 0; i < 5; i++) await browser.post('/login/mfa', { code: '000000' })
    const before = (await t.outbox()).length
    const res = await resend(browser)
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Sign in again for a new code')
    expect(await t.outbox()).toHaveLength(before)
  })
})
