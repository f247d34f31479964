// The cross-service world for rates and labels: the real ShipStation and Stamps.com apps with the
// in-repo fake USPS (services/stamps/src/testing/fake-usps.ts) that answers prices, labels and
// keeps an EPA ledger as docs/contracts/rates-labels-and-events.md says, until the USPS fake's own
// prices and labels APIs land (issue 6).
import {
  CookieJar,
  createMemoryStore,
  type FetchLike,
  type PeerDirectory,
} from '@partner-sandbox/shared'
import { createApp as createShipStationApp } from '@partner-sandbox/shipstation'
import { createApp as createStampsApp } from '@partner-sandbox/stamps'
import { expect } from 'vitest'
import { Client } from '../../services/shipstation/src/testing/client'
import { completeSetup } from '../../services/shipstation/src/testing/harness'
import { BASE_URLS } from '../../services/stamps/src/testing/base-urls'
import { createFakeUsps, KNOWN_EPS } from '../../services/stamps/src/testing/fake-usps'

export const NOW = Date.parse('2026-03-01T12:00:00Z')
export const IDS = { crid: '56982563', mid: '902000000', epsNumber: KNOWN_EPS }

export async function createRatesWorld() {
  const usps = await createFakeUsps()
  let shipstation: ReturnType<typeof createShipStationApp> | undefined
  let stamps: ReturnType<typeof createStampsApp> | undefined
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init)
    const origin = new URL(request.url).origin
    if (origin === BASE_URLS.shipstation)
      return (shipstation as NonNullable<typeof shipstation>).fetch(request)
    if (origin === BASE_URLS.stamps) return (stamps as NonNullable<typeof stamps>).fetch(request)
    if (origin === BASE_URLS.usps) return usps.app.fetch(request)
    throw new TypeError(`no service at ${request.url}`)
  }
  const peers: PeerDirectory = {
    shipstation: { name: 'shipstation', baseUrl: BASE_URLS.shipstation, fetch },
    stamps: { name: 'stamps', baseUrl: BASE_URLS.stamps, fetch },
    usps: { name: 'usps', baseUrl: BASE_URLS.usps, fetch },
  }
  const options = { peers, realTime: () => NOW }
  shipstation = createShipStationApp({
    ...options,
    store: createMemoryStore(),
    retryWebhooksInBackground: false,
  })
  stamps = createStampsApp({ ...options, store: createMemoryStore() })
  const shipApp = shipstation
  const stampsApp = stamps
  const browser = new Client(shipApp)
  const stampsJar = new CookieJar()

  const stampsGet = async (url: string) => {
    const res = await stampsApp.request(url, {
      headers: { cookie: stampsJar.headerFor(url) ?? '' },
    })
    stampsJar.store(url, res.headers)
    return res
  }
  const stampsPost = async (path: string, fields: Record<string, string>) => {
    const url = `${BASE_URLS.stamps}${path}`
    const res = await stampsApp.request(url, {
      method: 'POST',
      headers: {
        cookie: stampsJar.headerFor(url) ?? '',
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
      },
      body: new URLSearchParams(fields).toString(),
    })
    stampsJar.store(url, res.headers)
    return res
  }

  return {
    shipstation: shipApp,
    stamps: stampsApp,
    usps,
    browser,
    /** Registration, both verifications and a card: the NSA prompts are due. */
    setUpShipStation: () => completeSetup(browser),
    /** See Instructions, the USPS link (fake consent) and CRID/MID/EPS: approval pending. */
    async linkUsps() {
      const sso = await browser.get('/nsa/see-instructions')
      expect(sso.status).toBe(302)
      expect((await stampsGet(sso.headers.get('location') ?? '')).status).toBe(302)
      const link = await stampsGet(`${BASE_URLS.stamps}/usps/link`)
      const authorize = new URL(link.headers.get('location') ?? '')
      const code = usps.issueCode(
        authorize.searchParams.get('code_challenge') ?? '',
        authorize.searchParams.get('redirect_uri') ?? '',
      )
      const state = authorize.searchParams.get('state') ?? ''
      expect(
        (await stampsGet(`${BASE_URLS.stamps}/usps/callback?code=${code}&state=${state}`)).status,
      ).toBe(302)
      expect((await stampsPost('/connect', IDS)).headers.get('location')).toBe('/status')
    },
    /** The USPS representative approves the link: USPS -> Stamps.com -> ShipStation events. */
    async approve() {
      usps.approve(IDS.epsNumber)
      const token = await usps.event(IDS, { now: () => new Date(NOW) })
      const res = await stampsApp.request(`${BASE_URLS.stamps}/partner/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      })
      expect(res.status).toBe(200)
    },
  }
}
