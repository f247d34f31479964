import { describe, expect, it } from 'vitest'
import { createHarness, sessionCookieOf } from '../testing/harness'

describe('GET /guidelines', () => {
  it('shows the seed sections with their exact links', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const html = await (await h.app.request('/guidelines', { headers: { cookie } })).text()
    expect(html).toContain('<h1>Connect your USPS business account</h1>')
    expect(html).toMatch(/<h2[^>]*>New to USPS\?<\/h2>/)
    expect(html).toMatch(/<h2[^>]*>Finalize Your Connection<\/h2>/)
    expect(html).toContain(
      '<a href="http://usps.test/login" target="_blank" rel="noopener">Setup your USPS business account</a>',
    )
    expect(html).toMatch(
      /<a class="button" href="\/usps\/link">\s*Link your business account\s*<\/a>/,
    )
    expect(html).toContain('your USPS business account is not linked yet')
  })

  it('keeps a non-default sandbox tenant on the USPS link', async () => {
    const h = await createHarness()
    const token = await h.shipstation.ssoToken({ tenant: 't1', clock: await h.clockOf('t1') })
    const sso = await h.app.request(`/sso?token=${token}&sandbox_tenant=t1`)
    expect(sso.status).toBe(302)
    const res = await h.app.request('/guidelines', {
      headers: { cookie: `${sessionCookieOf(sso)}; sandbox_tenant=t1` },
    })
    expect(await res.text()).toContain('href="http://usps.test/login?sandbox_tenant=t1"')
  })

  it('shows the current status: linked, then pending approval', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    await h.linkUsps(cookie)
    let html = await (await h.app.request('/guidelines', { headers: { cookie } })).text()
    expect(html).toContain('your USPS business account is linked to Stamps.com')
    expect(html).toContain('<a href="/connect">Enter your USPS account details</a>')
    await h.pendingAccount()
    html = await (await h.app.request('/guidelines', { headers: { cookie } })).text()
    expect(html).toContain('USPS business account approval is pending')
  })

  it('sends / to the guidelines', async () => {
    const h = await createHarness()
    const res = await h.app.request('/')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/guidelines')
  })
})
