import { describe, expect, it } from 'vitest'
import { TestBrowser } from '../testing/client'
import {
  accountJson,
  addTestCard,
  authorizeAuctane,
  createTestApp,
  exchangeCode,
  registerAccount,
  signIn,
} from '../testing/harness'

type Ids = { crid: string; mid: string; eps: string }

const roles = ({ crid, mid, eps }: Ids) => [
  {
    roleName: 'PAYER',
    CRID: crid,
    MID: mid,
    manifestMID: mid,
    accountType: 'EPS',
    accountNumber: eps,
  },
  {
    roleName: 'LABEL_OWNER',
    CRID: crid,
    MID: mid,
    manifestMID: mid,
    accountType: 'EPS',
    accountNumber: eps,
  },
]

async function linked(epa: 'card' | 'ach' | 'none' = 'card') {
  const t = createTestApp()
  const browser = new TestBrowser(t.app)
  await registerAccount(t, browser)
  if (epa === 'card') await addTestCard(browser)
  if (epa === 'ach') {
    await browser.post('/portal/payment-account', { acceptTerms: 'on', method: 'ach' })
    await browser.post('/portal/payment-account/ach', {
      routingNumber: '011000015',
      accountNumber: '000123456789',
      accountType: 'checking',
    })
  }
  const account = await accountJson(browser)
  await signIn(t, browser, 'annships')
  const code = (await authorizeAuctane(browser)).searchParams.get('code') ?? ''
  const tokens = (await (await exchangeCode(t.app, code)).json()) as { access_token: string }
  const ids: Ids = { crid: account.crid, mid: account.mid, eps: account.epsNumber ?? '1234567890' }
  const pay = (body: unknown, token = tokens.access_token) =>
    t.app.request('/payments/v3/payment-authorization', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
  return { t, ids, pay, account }
}

async function errorsOf(res: Response) {
  const body = (await res.json()) as {
    apiVersion: string
    error: {
      code: string
      message: string
      errors: { code: string; detail: string; status: string; title: string }[]
    }
  }
  expect(body.apiVersion).toBe('3.0')
  return body.error
}

describe('POST /payments/v3/payment-authorization', () => {
  it('authorizes PAYER and LABEL_OWNER and records one pending NSA link for Auctane', async () => {
    const { t, ids, pay, account } = await linked()
    const res = await pay({ roles: roles(ids) })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { paymentAuthorizationToken: string; roles: unknown[] }
    expect(body.paymentAuthorizationToken.split('.')).toHaveLength(3)
    expect(body.roles).toEqual(roles(ids))
    expect((await pay({ roles: roles(ids) })).status).toBe(200)
    const links = (await (await t.app.request('/__sandbox/nsa-links')).json()) as unknown[]
    expect(links).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^nsa_/),
        status: 'pending',
        clientId: 'auctane',
        uspsAccountId: account.id,
        crid: ids.crid,
        mid: ids.mid,
        epsNumber: ids.eps,
      }),
    ])
  })

  it('answers 401 in USPS envelope for a missing, forged or expired token', async () => {
    const { t, ids, pay } = await linked()
    const missing = await t.app.request('/payments/v3/payment-authorization', { method: 'POST' })
    expect(missing.status).toBe(401)
    expect((await errorsOf(missing)).message).toBe('UNAUTHORIZED')
    expect((await pay({ roles: roles(ids) }, 'not.a.token')).status).toBe(401)
    await t.advance('9h')
    const expired = await pay({ roles: roles(ids) })
    expect(expired.status).toBe(401)
    expect(expired.headers.get('www-authenticate')).toContain('invalid_token')
  })

  it('refuses role problems with USPS codes, all at once', async () => {
    const { ids, pay } = await linked()
    const cases: [unknown, string[]][] = [
      [{ roles: [] }, ['160228', '160229']],
      [{}, ['160228', '160229']],
      [{ roles: [{ CRID: ids.crid }, ...roles(ids)] }, ['160219']],
      [{ roles: [roles(ids)[0], roles(ids)[0], roles(ids)[1]] }, ['160227']],
      [{ roles: [{ ...roles(ids)[0], CRID: undefined }, roles(ids)[1]] }, ['160218']],
      [
        { roles: [roles(ids)[0], { roleName: 'LABEL_OWNER', CRID: ids.crid }] },
        ['160221', '160222'],
      ],
      [{ roles: [{ ...roles(ids)[0], accountType: undefined }, roles(ids)[1]] }, ['160223']],
      [{ roles: [{ ...roles(ids)[0], accountNumber: undefined }, roles(ids)[1]] }, ['160224']],
      [{ roles: [{ ...roles(ids)[0], accountType: 'CASH' }, roles(ids)[1]] }, ['160390']],
      [{ roles: [roles(ids)[1]] }, ['160228']],
      [{ roles: [roles(ids)[0]] }, ['160229']],
    ]
    for (const [body, codes] of cases) {
      const res = await pay(body)
      expect(res.status).toBe(400)
      const error = await errorsOf(res)
      expect(error).toMatchObject({ code: '400', message: 'BAD_REQUEST' })
      expect(error.errors.map((e) => e.code)).toEqual(codes)
    }
    const payer = await errorsOf(await pay({ roles: [roles(ids)[1]] }))
    expect(payer.errors[0]).toEqual({
      status: '400',
      code: '160228',
      title: 'BAD_REQUEST',
      detail: 'PAYER is required',
      source: { parameter: 'roles' },
    })
    expect((await pay('{not json')).status).toBe(400)
  })

  it('answers 100001 for an EPS number that is not this account', async () => {
    const { ids, pay } = await linked()
    const res = await pay({ roles: roles({ ...ids, eps: '1234567890' }) })
    expect(res.status).toBe(400)
    expect((await errorsOf(res)).errors[0]).toMatchObject({
      code: '100001',
      detail: 'Could not find an EPS Account with number: 1234567890.',
    })
  })

  it("accepts Auctane's link request while the ACH payment method is pending (guide Step 4)", async () => {
    const { ids, pay, t } = await linked('ach')
    const res = await pay({ roles: roles(ids) })
    expect(res.status).toBe(200)
    const links = (await (await t.app.request('/__sandbox/nsa-links')).json()) as {
      status: string
      epsNumber: string
    }[]
    expect(links).toMatchObject([{ status: 'pending', epsNumber: ids.eps }])
  })

  it('answers 100003 when the bank account failed verification', async () => {
    const { ids, pay, t, account } = await linked('ach')
    await t.data.update<{ status: string }>('payment_accounts', account.id, (p) =>
      p ? { ...p, status: 'verification_failed' } : p,
    )
    expect((await errorsOf(await pay({ roles: roles(ids) }))).errors[0]?.code).toBe('100003')
  })

  it('answers 403 FORBIDDEN for a CRID or MID of another account', async () => {
    const { ids, pay } = await linked()
    const crid = await pay({ roles: roles({ ...ids, crid: '11112222' }) })
    expect(crid.status).toBe(403)
    expect((await errorsOf(crid)).errors[0]).toMatchObject({
      status: '403',
      code: '403',
      title: 'FORBIDDEN',
      detail: 'The CRID 11112222 is not associated with the authorized USPS account.',
    })
    const mid = await pay({ roles: roles({ ...ids, mid: '900000001' }) })
    expect(mid.status).toBe(403)
    expect((await errorsOf(mid)).errors[0]?.detail).toBe(
      'The MID 900000001 is not associated with the authorized USPS account.',
    )
  })

  it('refuses a client-credentials token, which acts for no business account', async () => {
    const { ids, pay, t } = await linked()
    const res = await t.app.request('/oauth2/v3/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=sandbox-client&client_secret=sandbox-secret',
    })
    const { access_token } = (await res.json()) as { access_token: string }
    expect((await pay({ roles: roles(ids) }, access_token)).status).toBe(403)
  })
})
