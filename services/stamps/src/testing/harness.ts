import {
  type Clock,
  createMemoryStore,
  type FetchLike,
  type PeerDirectory,
  peerKeySet,
  TENANT_HEADER,
  verifyServiceToken,
} from '@partner-sandbox/shared'
import { expect } from 'vitest'
import { createApp, type StampsAppOptions } from '../app'
import type { CopAccount } from '../domain/cop-account'
import { SESSION_COOKIE } from '../lib/session'
import { BASE_URLS, TEST_NOW } from './base-urls'
import { createFakeShipStation } from './fake-shipstation'
import { createFakeUsps, KNOWN_EPS } from './fake-usps'

export const GOOD_IDS = { crid: '56982563', mid: '902000000', epsNumber: KNOWN_EPS }

const appFetch =
  (app: { fetch: (r: Request) => Response | Promise<Response> }): FetchLike =>
  async (input, init) =>
    app.fetch(new Request(input, init))

/**
 * The Stamps.com app wired to honest fake peers in-process, plus the steps a browser takes, so
 * each test starts from the state it needs.
 */
export async function createHarness(options: Partial<StampsAppOptions> = {}) {
  const shipstation = await createFakeShipStation()
  const usps = await createFakeUsps()
  const store = createMemoryStore()
  let app: ReturnType<typeof createApp> | undefined
  const peers: PeerDirectory = {
    shipstation: {
      name: 'shipstation',
      baseUrl: BASE_URLS.shipstation,
      fetch: appFetch(shipstation.app),
    },
    stamps: {
      name: 'stamps',
      baseUrl: BASE_URLS.stamps,
      fetch: async (input, init) =>
        (app as NonNullable<typeof app>).fetch(new Request(input, init)),
    },
    usps: {
      name: 'usps',
      baseUrl: BASE_URLS.usps,
      fetch: async (input, init) => {
        if (usps.state.down) throw new TypeError('fetch failed: connect ECONNREFUSED')
        return usps.app.fetch(new Request(input, init))
      },
    },
  }
  const stamps = createApp({ store, peers, realTime: () => TEST_NOW, ...options })
  app = stamps
  /** The fake peers sign with the tenant clock of the app, so both agree on "now". */
  const clockOf = async (tenant = 'default'): Promise<Clock> => {
    const res = await stamps.request('/__sandbox/clock', {
      headers: { [TENANT_HEADER]: tenant },
    })
    const { now } = (await res.json()) as { now: string }
    return { now: () => new Date(now) }
  }

  const harness = {
    app: stamps,
    store,
    peers,
    shipstation,
    usps,
    clockOf,
    tenantStore: (tenant = 'default') => store.forTenant(tenant),
    account: (id = 'ss_acct_1', tenant = 'default') =>
      store.forTenant(tenant).get<CopAccount>('cop_accounts', id),
    advance: (duration: string, tenant = 'default') =>
      stamps.request('/__sandbox/clock', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TENANT_HEADER]: tenant },
        body: JSON.stringify({ advance: duration }),
      }),
    /** GET /sso with a fresh ShipStation token; returns the session cookie. */
    async signIn(subject = 'ss_acct_1'): Promise<string> {
      const token = await shipstation.ssoToken({ subject, clock: await clockOf() })
      const res = await stamps.request(`/sso?token=${encodeURIComponent(token)}`)
      expect(res.status).toBe(302)
      return sessionCookieOf(res)
    },
    /** /usps/link, the USPS consent (fake), then /usps/callback; returns the callback answer. */
    async linkUsps(cookie: string): Promise<Response> {
      const { state, challenge, redirectUri } = await harness.startLink(cookie)
      const code = usps.issueCode(challenge, redirectUri)
      return stamps.request(`/usps/callback?code=${code}&state=${state}`, { headers: { cookie } })
    },
    async startLink(cookie: string) {
      const res = await stamps.request('/usps/link', { headers: { cookie } })
      expect(res.status).toBe(302)
      const url = new URL(res.headers.get('location') ?? '')
      return {
        url,
        state: url.searchParams.get('state') ?? '',
        challenge: url.searchParams.get('code_challenge') ?? '',
        redirectUri: url.searchParams.get('redirect_uri') ?? '',
      }
    },
    submitForm(cookie: string, path: string, fields: Record<string, string>) {
      return stamps.request(path, {
        method: 'POST',
        // A browser posting the page's own form says so (Sec-Fetch-Site), as hono/csrf expects.
        headers: {
          cookie,
          'content-type': 'application/x-www-form-urlencoded',
          'sec-fetch-site': 'same-origin',
        },
        body: new URLSearchParams(fields).toString(),
      })
    },
    /** SSO, USPS link and identifiers: an account waiting for USPS approval. */
    async pendingAccount(): Promise<string> {
      const cookie = await harness.signIn()
      expect((await harness.linkUsps(cookie)).status).toBe(302)
      const res = await harness.submitForm(cookie, '/connect', GOOD_IDS)
      expect(res.headers.get('location')).toBe('/status')
      return cookie
    },
    /** Verifies an event token Stamps.com sent ShipStation, as ShipStation would. */
    async verifyEventToShipStation(token: string) {
      return verifyServiceToken(token, peerKeySet(peers.stamps), {
        type: 'event+jwt',
        issuer: BASE_URLS.stamps,
        audience: BASE_URLS.shipstation,
        clock: await clockOf(),
      })
    },
  }
  return harness
}

/** `stamps_session=...` (SESSION_COOKIE) from a response, ready for a Cookie header. */
export function sessionCookieOf(res: Response): string {
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
    ?.split(';')[0]
  expect(cookie).toBeDefined()
  return cookie ?? ''
}
