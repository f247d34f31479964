import { describe, expect, it } from 'vitest'
import { locationOf, TestBrowser } from '../testing/client'
import { accountJson, createFixture, createTestApp, signIn } from '../testing/harness'

describe('POST /__sandbox/fixtures/usps-accounts', () => {
  it.each([
    ['no-epa', 'none', false],
    ['epa-pending-ach', 'pending_verification', false],
    ['epa-active', 'active', false],
    ['linked-pending', 'active', true],
    ['linked-approved', 'active', true],
  ] as const)(
    'creates a %s account that signs in with MFA through the outbox',
    async (state, epaStatus, linked) => {
      const t = createTestApp()
      const fixture = await createFixture(t, { state })
      expect(fixture).toMatchObject({
        username: expect.stringMatching(/^fixture-/),
        password: 'Postal12345',
        crid: expect.stringMatching(/^\d{8}$/),
        mid: expect.stringMatching(/^9\d{8}$/),
      })
      expect(fixture.manifestMid).toBe(fixture.mid)
      if (state === 'no-epa') expect(fixture.eps).toBeNull()
      else expect(fixture.eps).toMatch(/^\d{10}$/)
      if (state === 'epa-pending-ach') {
        expect(fixture.microDebitsCents).toEqual([expect.any(Number), expect.any(Number)])
      } else expect(fixture.microDebitsCents).toBeUndefined()
      const browser = new TestBrowser(t.app)
      const done = await signIn(t, browser, fixture.username)
      expect(locationOf(done)).toBe('/portal')
      expect(await accountJson(browser)).toMatchObject({
        id: fixture.accountId,
        email: fixture.email,
        crid: fixture.crid,
        epaStatus,
        epsNumber: fixture.eps,
      })
      const links = (await (await t.app.request('/__sandbox/nsa-links')).json()) as {
        id: string
        clientId: string
        status: string
      }[]
      expect(links).toEqual(
        linked
          ? [
              expect.objectContaining({
                id: fixture.linkId,
                clientId: 'auctane',
                status: state === 'linked-approved' ? 'approved' : 'pending',
              }),
            ]
          : [],
      )
      // Auctane shows among the partners with access, as after a real consent.
      const myAccount = await (await browser.get('/portal/account')).text()
      expect(myAccount.includes('Revoke access for Auctane')).toBe(linked)
    },
  )

  it('takes the given email, username, password and an ACH linked-pending', async () => {
    const t = createTestApp()
    const fixture = await createFixture(t, {
      state: 'linked-pending',
      email: 'Bob@Example.com',
      username: 'bobships',
      password: 'Another123',
      paymentMethod: 'ach',
    })
    expect(fixture).toMatchObject({
      email: 'bob@example.com',
      username: 'bobships',
      password: 'Another123',
    })
    expect(fixture.microDebitsCents).toHaveLength(2)
    const res = await new TestBrowser(t.app).post('/login', {
      username: 'bobships',
      password: 'Another123',
    })
    expect(locationOf(res)).toBe('/login/mfa')
  })

  it.each([
    [{}, 'state'],
    [{ state: 'half-done' }, 'state'],
    [{ state: 'no-epa', paymentMethod: 'ach' }, 'paymentMethod'],
    [{ state: 'epa-active', paymentMethod: 'ach' }, 'paymentMethod'],
    [{ state: 'linked-approved', paymentMethod: 'ach' }, 'paymentMethod'],
    [{ state: 'epa-pending-ach', paymentMethod: 'credit_card' }, 'paymentMethod'],
    [{ state: 'epa-active', email: 'not-an-email' }, 'email'],
    [{ state: 'epa-active', password: 'short' }, 'password'],
    [{ state: 'epa-active', username: 'x' }, 'username'],
  ])('refuses %j naming %s, and writes nothing', async (body, field) => {
    const t = createTestApp()
    const res = await t.app.request('/__sandbox/fixtures/usps-accounts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect(res.status).toBe(400)
    const problem = (await res.json()) as { errors: { field: string }[] }
    expect(problem.errors.map((e) => e.field)).toContain(field)
    expect(await t.data.list('accounts')).toEqual([])
  })

  it('refuses a username that is taken with 400', async () => {
    const t = createTestApp()
    await createFixture(t, { state: 'no-epa', username: 'annships' })
    const res = await t.app.request('/__sandbox/fixtures/usps-accounts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'no-epa', username: 'annships' }),
    })
    expect(res.status).toBe(400)
    expect(await t.data.list('accounts')).toHaveLength(1)
  })
})
