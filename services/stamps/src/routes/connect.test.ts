import { describe, expect, it } from 'vitest'
import { FOREIGN_CRID } from '../testing/fake-usps'
import { createHarness, GOOD_IDS } from '../testing/harness'

async function linkedHarness() {
  const h = await createHarness()
  const cookie = await h.signIn()
  expect((await h.linkUsps(cookie)).status).toBe(302)
  return { h, cookie }
}

describe('GET /connect', () => {
  it('shows the form with its labels and button', async () => {
    const { h, cookie } = await linkedHarness()
    const html = await (await h.app.request('/connect', { headers: { cookie } })).text()
    expect(html).toContain('<h1>Enter your USPS account details</h1>')
    expect(html).toContain('<label for="field-crid">CRID</label>')
    expect(html).toContain('<label for="field-mid">MID</label>')
    expect(html).toContain('<label for="field-epsNumber">EPS Number</label>')
    expect(html).toContain('<button type="submit">Complete Connection</button>')
  })

  it('asks to link USPS first, pointing to the guidelines', async () => {
    const h = await createHarness()
    const cookie = await h.signIn()
    const res = await h.app.request('/connect', { headers: { cookie } })
    expect(res.status).toBe(409)
    const html = await res.text()
    expect(html).toContain('Link your USPS business account first')
    expect(html).toContain('<a href="/guidelines">Back to the guidelines</a>')
  })
})

describe('POST /connect', () => {
  it.each([
    ['crid', { ...GOOD_IDS, crid: '12ab' }, 'The CRID is a number of up to 15 digits'],
    ['crid', { ...GOOD_IDS, crid: '1234567890123456' }, 'The CRID is a number of up to 15 digits'],
    ['mid', { ...GOOD_IDS, mid: '9123' }, 'The MID has 6 digits starting with 0-8'],
    ['mid', { ...GOOD_IDS, mid: '912345' }, 'The MID has 6 digits starting with 0-8'],
    ['epsNumber', { ...GOOD_IDS, epsNumber: '12345' }, 'The EPS Number has exactly 10 digits'],
    ['epsNumber', { ...GOOD_IDS, epsNumber: '' }, 'Enter your EPS Number.'],
  ])('refuses a bad %s beside the field and changes nothing', async (field, values, message) => {
    const { h, cookie } = await linkedHarness()
    const before = await h.account()
    const res = await h.submitForm(cookie, '/connect', values)
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain(`<p class="field-error" id="field-${field}-error" role="alert">`)
    expect(html).toContain(message)
    expect(html).toContain(`value="${values.crid}"`)
    expect(h.usps.state.paymentRequests).toEqual([])
    expect(await h.account()).toEqual(before)
  })

  it('shows USPS refusing the EPS number inline with its code, keeping the values', async () => {
    const { h, cookie } = await linkedHarness()
    const before = await h.account()
    const values = { ...GOOD_IDS, epsNumber: '1234567890' }
    const res = await h.submitForm(cookie, '/connect', values)
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('<p class="field-error" id="field-epsNumber-error" role="alert">')
    expect(html).toContain(
      'USPS has no Enterprise Payment Account with the EPS Number 1234567890 on the USPS business account you linked.',
    )
    expect(html).toContain(
      '(USPS error 100001: &quot;Could not find an EPS Account with number: 1234567890.&quot;)',
    )
    expect(html).toContain('value="1234567890"')
    expect(html).toContain(`value="${GOOD_IDS.crid}"`)
    expect(await h.account()).toEqual(before)
    expect(h.shipstation.received).toEqual([])
  })

  it('shows a CRID of another USPS account as a wrong detail, not as an expired link', async () => {
    const { h, cookie } = await linkedHarness()
    const before = await h.account()
    const res = await h.submitForm(cookie, '/connect', { ...GOOD_IDS, crid: FOREIGN_CRID })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('<p class="field-error" id="field-crid-error" role="alert">')
    expect(html).toContain(
      `The CRID ${FOREIGN_CRID} does not belong to the USPS business account you linked.`,
    )
    expect(html).not.toContain('(403)')
    expect(await h.account()).toEqual(before)
  })

  it('sends PAYER and LABEL_OWNER roles, marks approval pending and tells ShipStation', async () => {
    const { h, cookie } = await linkedHarness()
    const res = await h.submitForm(cookie, '/connect', GOOD_IDS)
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/status')
    const account = await h.account()
    const role = {
      CRID: GOOD_IDS.crid,
      MID: GOOD_IDS.mid,
      manifestMID: GOOD_IDS.mid,
      accountType: 'EPS',
      accountNumber: GOOD_IDS.epsNumber,
    }
    expect(h.usps.state.paymentRequests[0]).toEqual({
      tenant: 'default',
      bearer: account?.usps?.accessToken,
      body: {
        roles: [
          { roleName: 'PAYER', ...role },
          { roleName: 'LABEL_OWNER', ...role },
        ],
      },
    })
    expect(account).toMatchObject({ status: 'approval_pending', identifiers: GOOD_IDS })
    expect(h.shipstation.received).toHaveLength(1)
    const [delivered] = h.shipstation.received
    expect(delivered?.tenant).toBe('default')
    const payload = await h.verifyEventToShipStation(delivered?.token ?? '')
    expect(payload).toMatchObject({
      sub: 'ss_acct_1',
      tenant: 'default',
      event: 'cop.approval_pending',
      data: GOOD_IDS,
    })
  })

  it('refreshes an expired USPS access token before calling the Payments API', async () => {
    const { h } = await linkedHarness()
    const firstToken = (await h.account())?.usps?.accessToken
    await h.advance('9h')
    // The 8-hour session ended too; ShipStation's See Instructions signs the user in again.
    const res = await h.submitForm(await h.signIn(), '/connect', GOOD_IDS)
    expect(res.status).toBe(302)
    expect(h.usps.state.tokenRequests.at(-1)?.form.grant_type).toBe('refresh_token')
    const account = await h.account()
    expect(account?.usps?.accessToken).not.toBe(firstToken)
    expect(h.usps.state.paymentRequests[0]?.bearer).toBe(account?.usps?.accessToken)
    expect(account?.status).toBe('approval_pending')
  })

  it('refreshes the access token shortly before it expires, not only after', async () => {
    const { h, cookie } = await linkedHarness()
    const usps = (await h.account())?.usps
    const lifetime = Date.parse(usps?.accessTokenExpiresAt ?? '') - Date.parse(usps?.linkedAt ?? '')
    // One minute before USPS's expiry: still valid, but inside the early-refresh window.
    await h.advance(`${lifetime / 1000 - 60}s`)
    const res = await h.submitForm(cookie, '/connect', GOOD_IDS)
    expect(res.status).toBe(302)
    expect(h.usps.state.tokenRequests.at(-1)?.form.grant_type).toBe('refresh_token')
    expect(h.usps.state.paymentRequests[0]?.bearer).not.toBe(usps?.accessToken)
  })

  it('keeps a token far from its expiry without asking USPS', async () => {
    const { h, cookie } = await linkedHarness()
    const before = h.usps.state.tokenRequests.length
    await h.advance(`${4 * 3600}s`)
    expect((await h.submitForm(cookie, '/connect', GOOD_IDS)).status).toBe(302)
    expect(h.usps.state.tokenRequests).toHaveLength(before)
  })

  it('asks to link again when USPS no longer accepts the token', async () => {
    const { h, cookie } = await linkedHarness()
    h.usps.revokeAccessTokens()
    const res = await h.submitForm(cookie, '/connect', GOOD_IDS)
    expect(res.status).toBe(409)
    const html = await res.text()
    expect(html).toContain('USPS no longer accepts the authorization')
    expect(html).toContain('<a href="/usps/link">Link your business account</a>')
    expect((await h.account())?.status).toBe('usps_linked')
  })

  it('answers 502 and changes nothing when USPS is down', async () => {
    const { h, cookie } = await linkedHarness()
    h.usps.state.down = true
    const res = await h.submitForm(cookie, '/connect', GOOD_IDS)
    expect(res.status).toBe(502)
    expect(await res.text()).toContain('USPS could not be reached')
    expect((await h.account())?.status).toBe('usps_linked')
  })

  it('refuses a second submission once approval is pending', async () => {
    const { h, cookie } = await linkedHarness()
    await h.submitForm(cookie, '/connect', GOOD_IDS)
    const again = await h.submitForm(cookie, '/connect', GOOD_IDS)
    expect(again.status).toBe(409)
    expect(h.usps.state.paymentRequests).toHaveLength(1)
    expect(h.shipstation.received).toHaveLength(1)
  })
})

describe('POST /api/v1/connection/identifiers', () => {
  it('answers the connection once USPS accepts the details', async () => {
    const { h, cookie } = await linkedHarness()
    const res = await h.app.request('/api/v1/connection/identifiers', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(GOOD_IDS),
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      status: 'approval_pending',
      linked: true,
      identifiers: GOOD_IDS,
    })
  })

  it('answers problem+json listing every bad field, changing nothing', async () => {
    const { h, cookie } = await linkedHarness()
    const res = await h.app.request('/api/v1/connection/identifiers', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ crid: 'x', mid: 5 }),
    })
    expect(res.status).toBe(400)
    const problem = (await res.json()) as { errors: { field: string }[] }
    expect(problem.errors.map((e) => e.field).sort()).toEqual(['crid', 'epsNumber', 'mid'])
    expect((await h.account())?.status).toBe('usps_linked')
  })

  it('answers USPS refusals with its code in the problem', async () => {
    const { h, cookie } = await linkedHarness()
    const res = await h.app.request('/api/v1/connection/identifiers', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ ...GOOD_IDS, epsNumber: '1234567890' }),
    })
    expect(res.status).toBe(422)
    expect(await res.json()).toMatchObject({
      code: 'usps_verification_failed',
      detail: expect.stringContaining('USPS error 100001'),
      errors: [{ field: 'epsNumber' }],
    })
  })
})
