/**
 * The hops of an NSA `POST /v2/rates` with nothing else: three bare Hono apps in one process (as
 * `partner-sandbox start` serves the three services), ShipStation asking Stamps.com, which asks
 * USPS twice at once (retail and contract prices), each over HTTP with the sandbox's own peer
 * client and answering canned JSON. No tokens, store, journal or pricing: whatever the sandbox
 * adds, its rates route cannot serve more than this. Prints `listening <port>` (ShipStation).
 */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { httpPeerFetch } from '../../shared/src/http-peer-fetch'

// About the size of the real bodies of each hop (one rate option per mail class).
const USPS_ANSWER = JSON.stringify({
  rateOptions: ['PRIORITY_MAIL', 'PRIORITY_MAIL_EXPRESS', 'USPS_GROUND_ADVANTAGE'].map((m) => ({
    totalBasePrice: 9.85,
    rates: [{ mailClass: m, price: 9.85, zone: '08', weight: 1, processingCategory: 'MACHINABLE' }],
  })),
})

function listen(app: Hono): Promise<number> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve((info as AddressInfo).port),
    )
    process.on('SIGINT', () => server.close(() => process.exit(0)))
  })
}

const postJson = async (url: string, body: unknown) => {
  const res = await httpPeerFetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer token' },
    body: JSON.stringify(body),
  })
  return res.json() as Promise<unknown>
}

const usps = await listen(
  new Hono().post('/prices/v3/total-rates/search', async (c) => {
    await c.req.json()
    return c.body(USPS_ANSWER, 200, { 'content-type': 'application/json' })
  }),
)
const stamps = await listen(
  new Hono().post('/api/v1/rates', async (c) => {
    const shipment = await c.req.json()
    const url = `http://127.0.0.1:${usps}/prices/v3/total-rates/search`
    const [retail, contract] = await Promise.all([
      postJson(url, { shipment, priceType: 'RETAIL' }),
      postJson(url, { shipment, priceType: 'CONTRACT' }),
    ])
    return c.json({ retail, contract })
  }),
)
const shipstation = await listen(
  new Hono().post('/v2/rates', async (c) => {
    const request = await c.req.json()
    const quote = await postJson(`http://127.0.0.1:${stamps}/api/v1/rates`, request)
    return c.json({ rate_response: { rates: [quote], status: 'completed' } })
  }),
)
console.log(`listening ${shipstation}`)
