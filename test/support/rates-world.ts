// The cross-service world for rates and labels: the real ShipStation and Stamps.com apps with the
// in-repo fake USPS (services/stamps/src/testing/fake-usps.ts) that answers prices, labels and
// keeps an EPA ledger as docs/contracts/rates-labels-and-events.md says, until the USPS fake's own
// prices and labels APIs land (issue 6).
import {
  CookieJar,
  createMemoryStore,
  type FetchLike,
  type ListeningService,
  listen,
  type PeerDirectory,
} from '@partner-sandbox/shared'
import { createApp as createShipStationApp } from '@partner-sandbox/shipstation'
import { createApp as createStampsApp } from '@partner-sandbox/stamps'
import { expect } from 'vitest'
import { Client } from '../../services/shipstation/src/testing/client'
import { completeSetup } from '../../services/shipstation/src/testing/harness'
import { BASE_URLS } from '../../services/stamps/src/testing/base-urls'
import { createFakeUsps, KNOWN_EPS } from '../../services/stamps/src/testing/fake-usps'
import { freePort } from './free-port'

export const NOW = Date.parse('2026-03-01T12:00:00Z')
export const IDS = { crid: '56982563', mid: '902000000', epsNumber: KNOWN_EPS }

type ServiceUrls = { shipstation: string; stamps: string; usps: string }

async function loopbackUrls(): Promise<ServiceUrls> {
  return {
    shipstation: `http://127.0.0.1:${await freePort()}`,
    stamps: `http://127.0.0.1:${await freePort()}`,
    usps: `http://127.0.0.1:${await freePort()}`,
  }
}

/**
 * `overHttp`: the three apps also listen on free 127.0.0.1 ports and every back-channel call
 * between them goes over real HTTP (the bench); otherwise they call each other in-process.
 */
export async function createRatesWorld(world: { overHttp?: boolean } = {}) {
  const urls: ServiceUrls = world.overHttp ? await loopbackUrls() : BASE_URLS
  const usps = await createFakeUsps(urls)
  let shipstation: ReturnType<typeof createShipStationApp> | undefined
  let stamps: ReturnType<typeof createStampsApp> | undefined
  const inProcess: FetchLike = async (input, init) => {
    const request = new Request(input, init)
    const origin = new URL(request.url).origin
    if (origin === urls.shipstation && shipstation) return shipstation.fetch(request)
    if (origin === urls.stamps && stamps) return stamps.fetch(request)
    if (origin === urls.usps) return usps.app.fetch(request)
    throw new TypeError(`no service at ${request.url}`)
  }
  const fetch: FetchLike = world.overHttp ? (i, init) => globalThis.fetch(i, init) : inProcess
  const peers: PeerDirectory = {
    shipstation: { name: 'shipstation', baseUrl: urls.shipstation, fetch },
    stamps: { name: 'stamps', baseUrl: urls.stamps, fetch },
    usps: { name: 'usps', baseUrl: urls.usps, fetch },
  }
  const shared = { peers, realTime: () => NOW }
  const shipApp = createShipStationApp({
    ...shared,
    store: createMemoryStore(),
    retryWebhooksInBackground: false,
  })
  const stampsApp = createStampsApp({ ...shared, store: createMemoryStore() })
  shipstation = shipApp
  stamps = stampsApp
  const servers: ListeningService[] = []
  if (world.overHttp) {
    const handlers = { shipstation: shipApp.fetch, stamps: stampsApp.fetch, usps: usps.app.fetch }
    for (const [name, handler] of Object.entries(handlers)) {
      const port = Number(new URL(urls[name as keyof ServiceUrls]).port)
      servers.push(await listen({ fetch: handler, port, host: '127.0.0.1' }))
    }
  }
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
    const url = `${urls.stamps}${path}`
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
    urls,
    shipstation: shipApp,
    stamps: stampsApp,
    usps,
    browser,
    close: async () => {
      await Promise.all(servers.map((s) => s.close()))
    },
    /** Registration, both verifications and a card: the NSA prompts are due. */
    setUpShipStation: () => completeSetup(browser),
    /** See Instructions, the USPS link (fake consent) and CRID/MID/EPS: approval pending. */
    async linkUsps() {
      const sso = await browser.get('/nsa/see-instructions')
      expect(sso.status).toBe(302)
      expect((await stampsGet(sso.headers.get('location') ?? '')).status).toBe(302)
      const link = await stampsGet(`${urls.stamps}/usps/link`)
      const authorize = new URL(link.headers.get('location') ?? '')
      const code = usps.issueCode(
        authorize.searchParams.get('code_challenge') ?? '',
        authorize.searchParams.get('redirect_uri') ?? '',
      )
      const state = authorize.searchParams.get('state') ?? ''
      const callback = await stampsGet(`${urls.stamps}/usps/callback?code=${code}&state=${state}`)
      expect(callback.status).toBe(302)
      expect((await stampsPost('/connect', IDS)).headers.get('location')).toBe('/status')
    },
    /** The USPS representative approves the link: USPS -> Stamps.com -> ShipStation events. */
    async approve() {
      usps.approve(IDS.epsNumber)
      const token = await usps.event(IDS, { now: () => new Date(NOW) })
      const res = await stampsApp.request(`${urls.stamps}/partner/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      })
      expect(res.status).toBe(200)
    },
  }
}
