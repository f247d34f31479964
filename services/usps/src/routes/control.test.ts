import { type FetchLike, TENANT_HEADER } from '@partner-sandbox/shared'
import { decodeJwt, decodeProtectedHeader } from 'jose'
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

async function pendingLink(stampsFetch?: FetchLike) {
  const t = createTestApp({ stampsFetch })
  const browser = new TestBrowser(t.app)
  await registerAccount(t, browser)
  const account = await addTestCard(browser)
  await signIn(t, browser, 'annships')
  const code = (await authorizeAuctane(browser)).searchParams.get('code') ?? ''
  const { access_token } = (await (await exchangeCode(t.app, code)).json()) as {
    access_token: string
  }
  const role = {
    CRID: account.crid,
    MID: account.mid,
    manifestMID: account.mid,
    accountType: 'EPS',
    accountNumber: account.epsNumber,
  }
  await t.app.request('/payments/v3/payment-authorization', {
    method: 'POST',
    headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      roles: [
        { roleName: 'PAYER', ...role },
        { roleName: 'LABEL_OWNER', ...role },
      ],
    }),
  })
  const [link] = (await (await t.app.request('/__sandbox/nsa-links')).json()) as { id: string }[]
  if (!link) throw new Error('no NSA link')
  return { t, link, account: await accountJson(browser) }
}

describe('NSA link approval', () => {
  it('approves a pending link and delivers nsa_link.approved to Stamps.com', async () => {
    const received: { url: string; body: { token: string }; tenant: string | null }[] = []
    const stampsFetch: FetchLike = async (input, init) => {
      received.push({
        url: String(input),
        body: JSON.parse(String(init?.body)),
        tenant: new Headers(init?.headers).get(TENANT_HEADER),
      })
      return new Response(null, { status: 200 })
    }
    const { t, link, account } = await pendingLink(stampsFetch)
    const res = await t.app.request(`/__sandbox/nsa-links/${link.id}/approve`, { method: 'POST' })
    expect(res.status).toBe(200)
    const answer = (await res.json()) as { event: { id: string } }
    expect(answer).toMatchObject({
      id: link.id,
      status: 'approved',
      event: { delivered: true, lastAnswer: { status: 200 } },
    })
    expect(received).toHaveLength(1)
    expect(received[0]?.url).toBe('http://stamps.test/partner/events')
    const token = received[0]?.body.token ?? ''
    expect(decodeProtectedHeader(token).typ).toBe('event+jwt')
    expect(decodeJwt(token)).toMatchObject({
      iss: 'http://usps.test',
      aud: 'http://stamps.test',
      sub: account.id,
      event: 'nsa_link.approved',
      data: {
        linkId: link.id,
        crid: account.crid,
        mid: account.mid,
        epsNumber: account.epsNumber,
        uspsAccountId: account.id,
      },
    })
    const events = (await (await t.app.request('/__sandbox/events')).json()) as { status: string }[]
    expect(events.map((e) => e.status)).toEqual(['delivered'])
    // The event's id is the token's jti, which Stamps.com dedupes by.
    expect(answer.event.id).toBe(decodeJwt(token).jti)
  })

  it('keeps the event pending when Stamps.com is unreachable, and the approval stands', async () => {
    const { t, link } = await pendingLink()
    const res = await t.app.request(`/__sandbox/nsa-links/${link.id}/approve`, { method: 'POST' })
    expect(res.status).toBe(200)
    const unreachable = { error: 'peer unreachable in this test' }
    expect(await res.json()).toMatchObject({
      status: 'approved',
      event: { delivered: false, lastAnswer: unreachable },
    })
    const events = (await (await t.app.request('/__sandbox/events')).json()) as unknown[]
    expect(events).toEqual([
      expect.objectContaining({
        status: 'pending',
        attempts: 1,
        lastAnswer: expect.objectContaining(unreachable),
        nextAttemptAt: expect.any(String),
      }),
    ])
    const links = (await (await t.app.request('/__sandbox/nsa-links')).json()) as {
      status: string
    }[]
    expect(links.map((l) => l.status)).toEqual(['approved'])
  })

  it('refuses a second approval with 409 and an unknown link with 404', async () => {
    const { t, link } = await pendingLink()
    await t.app.request(`/__sandbox/nsa-links/${link.id}/approve`, { method: 'POST' })
    const again = await t.app.request(`/__sandbox/nsa-links/${link.id}/approve`, { method: 'POST' })
    expect(again.status).toBe(409)
    expect(again.headers.get('content-type')).toContain('application/problem+json')
    const events = (await (await t.app.request('/__sandbox/events')).json()) as unknown[]
    expect(events).toHaveLength(1)
    const unknown = await t.app.request('/__sandbox/nsa-links/nsa_nope/approve', { method: 'POST' })
    expect(unknown.status).toBe(404)
  })
})
