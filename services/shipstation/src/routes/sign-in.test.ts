import { describe, expect, it } from 'vitest'
import { completeSetup, createHarness, register } from '../testing/harness'

describe('sign-in and sign-out', () => {
  it('shows the form with its labels, button and link', async () => {
    const h = await createHarness()
    const html = await (await h.client().get('/login')).text()
    expect(html).toContain('<label for="field-email">Email</label>')
    expect(html).toContain('<label for="field-password">Password</label>')
    expect(html).toContain('>Sign In</button>')
    expect(html).toContain('<a href="/register">Create an account</a>')
  })

  it('sends / to the sign-in page, or to the dashboard when signed in', async () => {
    const h = await createHarness()
    const client = h.client()
    expect((await client.get('/')).headers.get('location')).toBe('/login')
    await register(client)
    expect((await client.get('/')).headers.get('location')).toBe('/dashboard')
  })

  it('refuses a wrong password with one message and no session', async () => {
    const h = await createHarness()
    await register(h.client())
    const client = h.client()
    const res = await client.postForm('/login', { email: 'ada@example.com', password: 'Wrong1234' })
    expect(res.status).toBe(401)
    const html = await res.text()
    expect(html).toContain('The email or password is not correct.')
    expect(html).toContain('value="ada@example.com"')
    expect(client.hasCookie('shipstation_session')).toBe(false)
  })

  it('lands on the first unfinished step after signing in', async () => {
    const h = await createHarness()
    await register(h.client())
    const res = await h
      .client()
      .postForm('/login', { email: 'ADA@example.com', password: 'Secret123' })
    expect(res.headers.get('location')).toBe('/verify/email')
  })

  it('signs out with "Log out" and protects pages afterwards', async () => {
    const h = await createHarness()
    const client = h.client()
    await completeSetup(client)
    expect(await (await client.get('/dashboard')).text()).toContain('>Log out</button>')
    const res = await client.postForm('/logout')
    expect(res.headers.get('location')).toBe('/login')
    expect(client.hasCookie('shipstation_session')).toBe(false)
    expect((await client.get('/dashboard')).headers.get('location')).toBe('/login')
    expect((await client.get('/api/v1/account')).status).toBe(401)
  })

  it('signs in and out through the JSON API with a bearer session token', async () => {
    const h = await createHarness()
    await register(h.client())
    const res = await h
      .client()
      .postJson('/api/v1/sessions', { email: 'ada@example.com', password: 'Secret123' })
    const { sessionToken, account } = await res.json()
    expect(account.email).toBe('ada@example.com')
    const auth = { authorization: `Bearer ${sessionToken}` }
    const url = 'http://shipstation.test'
    expect((await h.app.request(`${url}/api/v1/account`, { headers: auth })).status).toBe(200)
    const out = await h.app.request(`${url}/api/v1/sessions/current`, {
      method: 'DELETE',
      headers: auth,
    })
    expect(out.status).toBe(204)
    expect((await h.app.request(`${url}/api/v1/account`, { headers: auth })).status).toBe(401)
  })
})
