import {
  createMemoryStore,
  type FetchLike,
  type PeerDirectory,
  type ServiceName,
} from '@partner-sandbox/shared'
import { createApp as createShipStation } from '@partner-sandbox/shipstation'
import { createApp as createStamps } from '@partner-sandbox/stamps'
import { createApp as createUsps } from '@partner-sandbox/usps'
import { describe, expect, it } from 'vitest'

const URLS: Record<ServiceName, string> = {
  shipstation: 'http://shipstation.chain.test',
  stamps: 'http://stamps.chain.test',
  usps: 'http://usps.chain.test',
}
const TENANT = 'chain'

/** The three real apps in-process, each fixture route its own. */
function sandbox() {
  let apps: Record<ServiceName, { fetch: (r: Request) => Response | Promise<Response> }>
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    const name = (Object.keys(URLS) as ServiceName[]).find(
      (n) => new URL(URLS[n]).origin === url.origin,
    )
    if (!name) throw new Error(`no service at ${url.origin}`)
    return apps[name].fetch(request)
  }
  const peers: PeerDirectory = {
    shipstation: { name: 'shipstation', baseUrl: URLS.shipstation, fetch },
    stamps: { name: 'stamps', baseUrl: URLS.stamps, fetch },
    usps: { name: 'usps', baseUrl: URLS.usps, fetch },
  }
  const options = () => ({ store: createMemoryStore(), peers })
  apps = {
    shipstation: createShipStation(options()),
    stamps: createStamps(options()),
    usps: createUsps(options()),
  }
  const json = async (
    service: ServiceName,
    method: string,
    path: string,
    body?: unknown,
    bearer?: string,
  ) => {
    const res = await fetch(`${URLS[service]}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'x-sandbox-tenant': TENANT,
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  return { json }
}

describe('fixtures across the three services', () => {
  it.each([
    ['approval-pending', 'approval_pending', 'pending'],
    ['nsa-active', 'approved', 'approved'],
  ])(
    'a ShipStation %s fixture is built through Stamps.com and USPS, each by its own routes',
    async (state, copStatus, linkStatus) => {
      const s = sandbox()
      const created = await s.json(
        'shipstation',
        'POST',
        '/__sandbox/fixtures/shipstation-accounts',
        {
          state,
        },
      )
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const { email, password } = created.body as { email: string; password: string }
      const session = await s.json('shipstation', 'POST', '/api/v1/sessions', { email, password })
      const token = (session.body as { sessionToken: string }).sessionToken
      const account = await s.json('shipstation', 'GET', '/api/v1/account', undefined, token)
      expect(account.body).toMatchObject({ copStatus, nsaRatesActive: state === 'nsa-active' })
      const links = await s.json('usps', 'GET', '/__sandbox/nsa-links')
      expect(links.body).toEqual(
        expect.arrayContaining([expect.objectContaining({ status: linkStatus })]),
      )
    },
  )
})
