import { describe, expect, it } from 'vitest'
import { createHarness, GOOD_IDS, sessionCookieOf } from '../testing/harness'

type Harness = Awaited<ReturnType<typeof createHarness>>

/** Each step's data-state on the guidelines page, by data-step. */
function stepStates(html: string): Record<string, string> {
  return Object.fromEntries(
    [...html.matchAll(/data-step="([a-z_]+)" data-state="([a-z]+)"/g)].map((m) => [m[1], m[2]]),
  )
}

const postEvent = (h: Harness, token: string) =>
  h.app.request('/partner/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  })

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
    expect(html).toContain(
      'Next: Create your USPS business account in the USPS Business Portal, or sign in to the one you have.',
    )
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

  it('shows the state of each step and the next one: new, linked, pending, approved', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const page = async () => (await h.app.request('/guidelines', { headers: { cookie } })).text()
    expect(stepStates(await page())).toEqual({
      usps_account: 'current',
      epa: 'todo',
      usps_link: 'current',
      identifiers: 'todo',
      approval: 'todo',
    })
    await h.linkUsps(cookie)
    let html = await page()
    expect(stepStates(html)).toEqual({
      usps_account: 'done',
      epa: 'todo',
      usps_link: 'done',
      identifiers: 'current',
      approval: 'todo',
    })
    expect(html).toMatch(/Next: Enter the CRID, MID and EPS Number[^<]*<a href="\/connect">/)
    await h.submitForm(cookie, '/connect', GOOD_IDS)
    html = await page()
    expect(stepStates(html)).toMatchObject({
      epa: 'done',
      identifiers: 'done',
      approval: 'current',
    })
    expect(html).toContain('USPS business account approval is pending')
    await postEvent(h, await h.usps.event(GOOD_IDS, await h.clockOf()))
    html = await page()
    expect(Object.values(stepStates(html))).toEqual(['done', 'done', 'done', 'done', 'done'])
    expect(html).toContain('All steps are done')
  })

  it("shows the representative's reason after a rejection and offers to start again", async () => {
    const h = await createHarness()
    const cookie = await h.pendingAccount()
    const reason = 'The MID does not match the contract.'
    await postEvent(
      h,
      await h.usps.event({ ...GOOD_IDS, reason }, await h.clockOf(), {
        event: 'nsa_link.rejected',
      }),
    )
    const html = await (await h.app.request('/guidelines', { headers: { cookie } })).text()
    expect(stepStates(html)).toMatchObject({ identifiers: 'current', approval: 'attention' })
    expect(html).toContain(`USPS rejected the link request: ${reason}. Start again`)
    expect(html).toContain('<a href="/connect">Enter your USPS account details</a>')
    const status = await (await h.app.request('/status', { headers: { cookie } })).text()
    expect(status).toContain(reason)
    expect(status).toContain('<a href="/usps/link">Link your business account</a>')
  })

  it('asks to link again after the customer revoked Auctane at USPS', async () => {
    const h = await createHarness()
    const cookie = await h.pendingAccount()
    await postEvent(
      h,
      await h.usps.event(GOOD_IDS, await h.clockOf(), { event: 'nsa_link.revoked' }),
    )
    const html = await (await h.app.request('/guidelines', { headers: { cookie } })).text()
    expect(stepStates(html)).toMatchObject({ usps_link: 'attention' })
    expect(html).toMatch(/Next: Auctane&#39;s access[^<]*revoked[^<]*<a href="\/usps\/link">/)
  })

  it('answers the steps as JSON', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    await h.linkUsps(cookie)
    const res = await h.app.request('/api/v1/connection/steps', { headers: { cookie } })
    const body = (await res.json()) as { next: string; steps: { id: string; state: string }[] }
    expect(body.next).toBe('identifiers')
    expect(body.steps.map((s) => s.id)).toEqual([
      'usps_account',
      'epa',
      'usps_link',
      'identifiers',
      'approval',
    ])
  })

  it('shows who is signed in, a sign-out and the way back to ShipStation', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const html = await (await h.app.request('/guidelines', { headers: { cookie } })).text()
    expect(html).toContain('Signed in as Pat Shipper (pat@example.com)')
    expect(html).toContain('<form method="post" action="/logout"')
    expect(html).toContain('<a href="http://shipstation.test/dashboard">Back to ShipStation</a>')
  })

  it('sends / to the guidelines', async () => {
    const h = await createHarness()
    const res = await h.app.request('/')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/guidelines')
  })
})
