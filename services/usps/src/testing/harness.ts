// Test support only: an app on a memory store with a frozen clock, and the flows tests walk.
import {
  createMemoryStore,
  createSeededRandom,
  type FetchLike,
  type OutboxMessage,
  type PeerDirectory,
} from '@partner-sandbox/shared'
import { decodeJwt } from 'jose'
import { createApp } from '../app'
import type { UspsAccountFixture } from '../domain/usps-account-fixture'
import { s256 } from '../lib/pkce'
import { locationOf, type Requester, TestBrowser, USPS_URL } from './client'

export const START = Date.parse('2026-05-01T12:00:00Z')
export const STAMPS_URL = 'http://stamps.test'
export const AUCTANE_REDIRECT = `${STAMPS_URL}/usps/callback`
export const AUCTANE_BASIC = `Basic ${Buffer.from('auctane:auctane-sandbox-secret').toString('base64')}`
export const VERIFIER = `${'a'.repeat(20)}${'B'.repeat(20)}-._~1234`
export const CHALLENGE = s256(VERIFIER)

export type TestApp = ReturnType<typeof createTestApp>

/** The USPS app alone; peers answer nothing unless a test gives Stamps.com a fetch. */
export function createTestApp(
  options: { stampsFetch?: FetchLike; shipstationFetch?: FetchLike; seed?: number } = {},
) {
  const store = createMemoryStore()
  const unreachable: FetchLike = async () => {
    throw new Error('peer unreachable in this test')
  }
  const peers: PeerDirectory = {
    shipstation: {
      name: 'shipstation',
      baseUrl: 'http://shipstation.test',
      fetch: options.shipstationFetch ?? unreachable,
    },
    stamps: { name: 'stamps', baseUrl: STAMPS_URL, fetch: options.stampsFetch ?? unreachable },
    usps: { name: 'usps', baseUrl: USPS_URL, fetch: unreachable },
  }
  const make = () =>
    createApp({
      store,
      peers,
      realTime: () => START,
      random: createSeededRandom(options.seed ?? 7),
    })
  const app = make()
  return {
    app,
    store,
    data: store.forTenant('default'),
    /** A second app on the same store: a restarted process. */
    restart: make,
    async advance(duration: string) {
      const res = await app.request('/__sandbox/clock', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advance: duration }),
      })
      if (res.status !== 200) throw new Error(`clock: ${res.status}`)
    },
    async outbox(): Promise<OutboxMessage[]> {
      return (await app.request('/__sandbox/outbox')).json() as Promise<OutboxMessage[]>
    },
    async newestEmail(): Promise<OutboxMessage> {
      const [message] = await this.outbox()
      if (!message) throw new Error('the outbox is empty')
      return message
    },
  }
}

export const COMPANY = {
  companyName: 'Ann Ships LLC',
  streetAddress: '100 Congress Ave',
  city: 'Austin',
  state: 'TX',
  zipCode: '78701',
}
export const CONTACT = { firstName: 'Ann', lastName: 'Shipper', phone: '512-555-0100' }
export const PASSWORD = 'Postal12345'

/** Walks Create New Account to the portal; the browser ends signed in. */
export async function registerAccount(
  t: TestApp,
  browser: TestBrowser,
  who: { email: string; username: string } = { email: 'ann@example.com', username: 'annships' },
) {
  await browser.post('/register', { email: who.email })
  const link = (await t.newestEmail()).link ?? ''
  await browser.get(new URL(link).pathname + new URL(link).search)
  await browser.post('/register/company', COMPANY)
  await browser.post('/register/contact', CONTACT)
  const done = await browser.post('/register/security', {
    username: who.username,
    password: PASSWORD,
    confirmPassword: PASSWORD,
    acceptTerms: 'on',
  })
  if (locationOf(done) !== '/portal') throw new Error(`registration failed: ${await done.text()}`)
  return accountJson(browser)
}

export async function accountJson(browser: TestBrowser) {
  const res = await browser.json('GET', '/api/v1/account')
  return (await res.json()) as {
    id: string
    crid: string
    mid: string
    email: string
    epaStatus: string
    epsNumber: string | null
  }
}

/** The credit-card form filled with the approved test card. */
export const TEST_CARD = {
  cardholderName: 'Ann Shipper',
  cardNumber: '4242424242424242',
  expiry: '11/31',
  cvc: '321',
  billingZip: '78701',
  anticipatedDailySpend: '250',
}

/** Terms box, Credit Card, then the test card: an active EPA. */
export async function addTestCard(browser: TestBrowser) {
  await browser.post('/portal/payment-account', { acceptTerms: 'on', method: 'credit_card' })
  await browser.post('/portal/payment-account/credit-card', TEST_CARD)
  return accountJson(browser)
}

/** Password then emailed code; the browser ends fully signed in. */
export async function signIn(
  t: TestApp,
  browser: TestBrowser,
  username: string,
  returnTo?: string,
) {
  await browser.post('/login', {
    username,
    password: PASSWORD,
    ...(returnTo ? { return_to: returnTo } : {}),
  })
  const code = (await t.newestEmail()).code ?? ''
  return browser.post('/login/mfa', { code })
}

/** Authorize as Auctane with PKCE, consent, and read the code from "Go to Auctane". */
export async function authorizeAuctane(browser: TestBrowser, state = 'st-1') {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: 'auctane',
    redirect_uri: AUCTANE_REDIRECT,
    scope: 'payments labels prices tracking',
    state,
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
  })
  const consent = locationOf(await browser.get(`/oauth2/v3/authorize?${query}`))
  const page = await browser.post(consent, { agree: 'on', action: 'authorize' })
  const html = await page.text()
  const href = /href="([^"]+)"[^>]*>Go to Auctane/.exec(html)?.[1]?.replaceAll('&amp;', '&')
  if (!href) throw new Error(`no Go to Auctane link: ${html}`)
  return new URL(href)
}

/** Exchanges a code the way Stamps.com does (HTTP Basic, form body). */
export async function exchangeCode(app: Requester, code: string, verifier = VERIFIER) {
  return app.request('/oauth2/v3/token', {
    method: 'POST',
    headers: { authorization: AUCTANE_BASIC, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: AUCTANE_REDIRECT,
      code_verifier: verifier,
    }).toString(),
  })
}

/** The two roles Stamps.com sends for a customer's EPS number. */
export function epsRoles(account: { crid: string; mid: string; epsNumber: string | null }) {
  const role = (roleName: string) => ({
    roleName,
    CRID: account.crid,
    MID: account.mid,
    manifestMID: account.mid,
    accountType: 'EPS',
    accountNumber: account.epsNumber ?? '',
  })
  return [role('PAYER'), role('LABEL_OWNER')]
}

/**
 * A customer with an active EPA who linked Auctane: the customer's access token, a payment
 * authorization (which recorded the pending NSA link) and `approve()` for the representative.
 */
export async function linkedCustomer(
  t: TestApp,
  who: { email: string; username: string } = { email: 'ann@example.com', username: 'annships' },
) {
  const browser = new TestBrowser(t.app)
  await registerAccount(t, browser, who)
  const account = await addTestCard(browser)
  await signIn(t, browser, who.username)
  const code = (await authorizeAuctane(browser)).searchParams.get('code') ?? ''
  const tokens = (await (await exchangeCode(t.app, code)).json()) as { access_token: string }
  const accessToken = tokens.access_token
  const pay = await t.app.request('/payments/v3/payment-authorization', {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ roles: epsRoles(account) }),
  })
  if (pay.status !== 200) throw new Error(`payment authorization: ${await pay.text()}`)
  const { paymentAuthorizationToken } = (await pay.json()) as { paymentAuthorizationToken: string }
  const epsNumber = account.epsNumber ?? ''
  return {
    browser,
    account,
    epsNumber,
    accessToken,
    paymentAuthorizationToken,
    /** The representative approves the link request of this EPS number. */
    async approve() {
      const links = (await (await t.app.request('/__sandbox/nsa-links')).json()) as {
        id: string
        epsNumber: string
      }[]
      const link = links.find((l) => l.epsNumber === epsNumber)
      if (!link) throw new Error('no NSA link request for the EPS number')
      const res = await t.app.request(`/__sandbox/nsa-links/${link.id}/approve`, { method: 'POST' })
      if (res.status !== 200) throw new Error(`approve: ${res.status}`)
    },
  }
}

/** Auctane's own token (client_credentials): what Stamps.com asks RETAIL prices with. */
export async function auctaneAppToken(app: Requester): Promise<string> {
  const res = await app.request('/oauth2/v3/token', {
    method: 'POST',
    headers: { authorization: AUCTANE_BASIC, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
  })
  if (res.status !== 200) throw new Error(`client_credentials: ${await res.text()}`)
  return ((await res.json()) as { access_token: string }).access_token
}

/** A JSON call to a USPS v3 API with a Bearer token. */
export function v3Call(
  app: Requester,
  method: string,
  path: string,
  token: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return app.request(path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
}

/** A peer's fetch that answers 200 and keeps the signed events it was sent, decoded. */
export function recordingPeer() {
  const received: { url: string; event: string; data: Record<string, unknown>; sub: string }[] = []
  const fetch: FetchLike = async (input, init) => {
    const { token } = JSON.parse(String(init?.body)) as { token: string }
    const claims = decodeJwt(token) as { event: string; data: Record<string, unknown>; sub: string }
    received.push({ url: String(input), event: claims.event, data: claims.data, sub: claims.sub })
    return new Response(null, { status: 200 })
  }
  return { fetch, received }
}

/** `POST /__sandbox/fixtures/usps-accounts`; throws unless 201. */
export async function createFixture(t: TestApp, body: Record<string, unknown>) {
  const res = await t.app.request('/__sandbox/fixtures/usps-accounts', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (res.status !== 201) throw new Error(`fixture: ${res.status} ${await res.text()}`)
  return (await res.json()) as UspsAccountFixture
}

/**
 * What Stamps.com does at Step 4 for a signed-in browser: authorize as Auctane, exchange the
 * code, then payment-authorization with the CRID, MID and EPS number. Answers the tokens and the
 * payment-authorization response.
 */
export async function linkAsAuctane(
  t: TestApp,
  browser: TestBrowser,
  ids: { crid: string; mid: string; eps: string },
) {
  const code = (await authorizeAuctane(browser)).searchParams.get('code') ?? ''
  const tokens = (await (await exchangeCode(t.app, code)).json()) as {
    access_token: string
    refresh_token: string
  }
  const role = {
    CRID: ids.crid,
    MID: ids.mid,
    manifestMID: ids.mid,
    accountType: 'EPS',
    accountNumber: ids.eps,
  }
  const payment = await t.app.request('/payments/v3/payment-authorization', {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens.access_token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      roles: [
        { roleName: 'PAYER', ...role },
        { roleName: 'LABEL_OWNER', ...role },
      ],
    }),
  })
  return { tokens, payment }
}
