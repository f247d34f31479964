import { describe, expect, it } from 'vitest'
import { createHarness, sessionCookieOf } from '../testing/harness'

type Harness = Awaited<ReturnType<typeof createHarness>>

const MALLORY = { email: 'mallory@example.com', name: 'Mallory Other', company: 'Other Co' }

/** Pat is signed in; a link for Mallory's ShipStation account arrives in Pat's browser. */
async function conflict(h: Harness) {
  const cookie = await h.signIn('ss_pat')
  const token = await h.shipstation.ssoToken({
    subject: 'ss_mallory',
    clock: await h.clockOf(),
    profile: MALLORY,
  })
  const res = await h.app.request(`/sso?token=${encodeURIComponent(token)}`, {
    headers: { cookie },
  })
  const html = await res.text()
  const choice = html.match(/name="choice" value="([^"]+)"/)?.[1] ?? ''
  return { cookie, res, html, choice }
}

const whoIs = async (h: Harness, cookie: string) => {
  const res = await h.app.request('/api/v1/connection', { headers: { cookie } })
  return ((await res.json()) as { accountId?: string }).accountId
}

describe('SSO into a browser signed in to another account', () => {
  it('does not replace the session: it asks which account to continue with, showing both', async () => {
    const h = await createHarness()
    const { cookie, res, html, choice } = await conflict(h)
    expect(res.status).toBe(409)
    expect(res.headers.getSetCookie().some((c) => c.startsWith('stamps_session='))).toBe(false)
    expect(html).toContain('<h1>Choose the account to continue with</h1>')
    expect(html).toContain('pat@example.com')
    expect(html).toContain('mallory@example.com')
    expect(html).toContain('<button type="submit">Continue as pat@example.com</button>')
    expect(html).toContain('<button type="submit">Switch to mallory@example.com</button>')
    expect(choice).not.toBe('')
    expect(await whoIs(h, cookie)).toBe('ss_pat')
    // Nothing is created for the offered account until the customer picks it.
    expect(await h.account('ss_mallory')).toBeUndefined()
  })

  it('keeps the signed-in account when the customer continues as themselves', async () => {
    const h = await createHarness()
    const { cookie, choice } = await conflict(h)
    const res = await h.submitForm(cookie, '/sso/choice', { choice, account: 'current' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/guidelines')
    expect(await whoIs(h, cookie)).toBe('ss_pat')
    expect(await h.account('ss_mallory')).toBeUndefined()
  })

  it('switches accounts only when the customer picks the offered one, ending the old session', async () => {
    const h = await createHarness()
    const { cookie, choice } = await conflict(h)
    const res = await h.submitForm(cookie, '/sso/choice', { choice, account: 'offered' })
    expect(res.status).toBe(302)
    const switched = sessionCookieOf(res)
    expect(await whoIs(h, switched)).toBe('ss_mallory')
    expect((await h.app.request('/api/v1/connection', { headers: { cookie } })).status).toBe(401)
  })

  it('answers a choice once', async () => {
    const h = await createHarness()
    const { cookie, choice } = await conflict(h)
    await h.submitForm(cookie, '/sso/choice', { choice, account: 'current' })
    const again = await h.submitForm(cookie, '/sso/choice', { choice, account: 'offered' })
    expect(again.status).toBe(400)
    expect(await again.text()).toContain('This choice of account can no longer be used')
    expect(await whoIs(h, cookie)).toBe('ss_pat')
  })

  it('refuses a choice posted from another browser session', async () => {
    const h = await createHarness()
    const { choice } = await conflict(h)
    const other = await h.signIn('ss_third')
    const res = await h.submitForm(other, '/sso/choice', { choice, account: 'offered' })
    expect(res.status).toBe(400)
    expect(await whoIs(h, other)).toBe('ss_third')
    expect(await h.account('ss_mallory')).toBeUndefined()
  })

  it('refuses a choice older than its 10 minutes', async () => {
    const h = await createHarness()
    const { cookie, choice } = await conflict(h)
    await h.advance('11m')
    const res = await h.submitForm(cookie, '/sso/choice', { choice, account: 'offered' })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('more than 10 minutes old')
    expect(await h.account('ss_mallory')).toBeUndefined()
  })

  it('refuses a choice form without its fields, beside nothing written', async () => {
    const h = await createHarness()
    const { cookie, choice } = await conflict(h)
    const res = await h.submitForm(cookie, '/sso/choice', { choice, account: 'someone' })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Choose the account to continue with')
    expect(await h.account('ss_mallory')).toBeUndefined()
    expect(await whoIs(h, cookie)).toBe('ss_pat')
  })

  it('signs in again without asking when the link is for the signed-in account', async () => {
    const h = await createHarness()
    const cookie = await h.signIn('ss_pat')
    const token = await h.shipstation.ssoToken({ subject: 'ss_pat', clock: await h.clockOf() })
    const res = await h.app.request(`/sso?token=${encodeURIComponent(token)}`, {
      headers: { cookie },
    })
    expect(res.status).toBe(302)
    expect(await whoIs(h, sessionCookieOf(res))).toBe('ss_pat')
  })

  it('answers 409 to the JSON API and lets it choose', async () => {
    const h = await createHarness()
    const cookie = await h.signIn('ss_pat')
    const token = await h.shipstation.ssoToken({
      subject: 'ss_mallory',
      clock: await h.clockOf(),
      profile: MALLORY,
    })
    const res = await h.app.request('/api/v1/sso', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    })
    expect(res.status).toBe(409)
    const problem = (await res.json()) as { detail: string }
    const choice = problem.detail.match(/"choice": "([^"]+)"/)?.[1] ?? ''
    const chosen = await h.app.request('/api/v1/sso/choice', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ choice, account: 'offered' }),
    })
    expect(chosen.status).toBe(200)
    const body = (await chosen.json()) as { sessionToken: string; account: { id: string } }
    expect(body.account.id).toBe('ss_mallory')
    const view = await h.app.request('/api/v1/connection', {
      headers: { authorization: `Bearer ${body.sessionToken}` },
    })
    expect(await view.json()).toMatchObject({ accountId: 'ss_mallory' })
  })
})

describe('Sign out', () => {
  it('ends the session and points back to ShipStation', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const res = await h.app.request('/logout', { method: 'POST', headers: { cookie } })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('You are signed out of Stamps.com')
    expect(html).toContain('<a href="http://shipstation.test/dashboard">Return to ShipStation</a>')
    expect(html).not.toContain('Signed in as')
    expect((await h.app.request('/guidelines', { headers: { cookie } })).status).toBe(401)
  })

  it('ends an API session with DELETE /api/v1/sessions/current', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const res = await h.app.request('/api/v1/sessions/current', {
      method: 'DELETE',
      headers: { cookie },
    })
    expect(res.status).toBe(204)
    expect((await h.app.request('/api/v1/connection', { headers: { cookie } })).status).toBe(401)
  })
})

describe('error pages', () => {
  it('carry the header and a way back to ShipStation, even without a session', async () => {
    const h = await createHarness()
    const res = await h.app.request('/sso?token=garbage')
    const html = await res.text()
    expect(html).toContain('<a href="http://shipstation.test/dashboard">Back to ShipStation</a>')
    expect(html).toContain('<a href="http://shipstation.test/dashboard">Return to ShipStation</a>')
    expect(html).not.toContain('<a href="/usps/link">')
  })

  it('every one, signed out or in, has the header navigation and the way back to ShipStation', async () => {
    const h = await createHarness()
    const back = '<a href="http://shipstation.test/dashboard">Back to ShipStation</a>'
    const ret = '<a href="http://shipstation.test/dashboard">Return to ShipStation</a>'
    const errorPage = async (path: string, cookie?: string, form?: Record<string, string>) => {
      const res = await h.app.request(path, {
        method: form ? 'POST' : 'GET',
        headers: {
          accept: 'text/html',
          ...(cookie ? { cookie } : {}),
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: form ? new URLSearchParams(form).toString() : undefined,
      })
      expect(res.status, path).toBeGreaterThanOrEqual(400)
      expect(res.headers.get('content-type'), path).toContain('text/html')
      const html = await res.text()
      expect(html, path).toContain(back)
      expect(html, path).toContain(ret)
      return html
    }
    const signedOut = [
      '/sso',
      '/sso?token=garbage',
      '/guidelines',
      '/status',
      '/connect',
      '/usps/link',
      '/usps/callback?code=x&state=y',
      '/no-such-page',
    ]
    for (const path of signedOut) expect(await errorPage(path)).not.toContain('Sign out')
    expect(await errorPage('/sso/choice', undefined, {})).not.toContain('Sign out')
    const cookie = await h.signIn()
    for (const path of [
      '/usps/callback',
      '/usps/callback?error=access_denied&state=x',
      '/usps/callback?code=x&state=unknown',
      '/no-such-page',
    ]) {
      const html = await errorPage(path, cookie)
      expect(html, path).toContain('Signed in as Pat Shipper')
      expect(html, path).toContain('Sign out')
    }
    // Any caller but a browser still gets problem+json for an unknown path.
    const api = await h.app.request('/no-such-page')
    expect(api.status).toBe(404)
    expect(api.headers.get('content-type')).toContain('application/problem+json')
  })

  it('carry who is signed in and the next step when there is a session', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const res = await h.app.request('/usps/callback?code=x&state=unknown', { headers: { cookie } })
    const html = await res.text()
    expect(html).toContain('Signed in as Pat Shipper')
    expect(html).toContain('<a href="/usps/link">Link your business account</a>')
    expect(html).toContain('Return to ShipStation')
  })
})
