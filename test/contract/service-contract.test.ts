import {
  createMemoryStore,
  type PeerDirectory,
  type ServiceName,
  type ServiceOptions,
} from '@partner-sandbox/shared'
import { createApp as createShipStation } from '@partner-sandbox/shipstation'
import { createApp as createStamps } from '@partner-sandbox/stamps'
import { createApp as createUsps } from '@partner-sandbox/usps'
import { calculateJwkThumbprint, type JWK } from 'jose'
import { describe, expect, it } from 'vitest'

// The suite every service passes, as Hono runs one router suite over every router.
const factories: [
  ServiceName,
  (options: ServiceOptions) => {
    request: (path: string, init?: RequestInit) => Response | Promise<Response>
  },
][] = [
  ['shipstation', createShipStation],
  ['stamps', createStamps],
  ['usps', createUsps],
]

const unreachable: PeerDirectory['usps']['fetch'] = async () => {
  throw new Error('peers are not reachable in the contract suite')
}
const peers: PeerDirectory = {
  shipstation: {
    name: 'shipstation',
    baseUrl: 'http://shipstation.contract.test',
    fetch: unreachable,
  },
  stamps: { name: 'stamps', baseUrl: 'http://stamps.contract.test', fetch: unreachable },
  usps: { name: 'usps', baseUrl: 'http://usps.contract.test', fetch: unreachable },
}

describe.each(factories)('%s service contract', (service, createApp) => {
  const fresh = () =>
    createApp({
      store: createMemoryStore(),
      peers,
      realTime: () => Date.parse('2026-05-01T12:00:00Z'),
    })

  it('answers health with its name', async () => {
    const res = await fresh().request('/__sandbox/health')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok', service })
  })

  it('serves an ES256 public key with a kid and no private part', async () => {
    const jwks = (await (await fresh().request('/.well-known/jwks.json')).json()) as { keys: JWK[] }
    expect(jwks.keys).toHaveLength(1)
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' })
    expect(jwks.keys[0]).not.toHaveProperty('d')
    // A stable kid: the RFC 7638 thumbprint of the key itself.
    expect(jwks.keys[0]?.kid).toBe(await calculateJwkThumbprint(jwks.keys[0] as JWK))
  })

  it('answers unknown paths and bad control input with problem+json', async () => {
    const app = fresh()
    const missing = await app.request('/no/such/path')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toContain('application/problem+json')
    const bad = await app.request('/__sandbox/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"advance":"later"}',
    })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({
      status: 400,
      code: 'validation_failed',
      title: expect.any(String),
      detail: expect.any(String),
      errors: [expect.objectContaining({ field: 'advance' })],
    })
  })

  it('keeps each tenant on its own clock and refuses bad tenant names', async () => {
    const app = fresh()
    await app.request('/__sandbox/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-tenant': 'qa-1' },
      body: '{"advance":"48h"}',
    })
    const qa = (await (
      await app.request('/__sandbox/clock', { headers: { 'x-sandbox-tenant': 'qa-1' } })
    ).json()) as { now: string }
    const other = (await (
      await app.request('/__sandbox/clock', { headers: { 'x-sandbox-tenant': 'qa-2' } })
    ).json()) as { now: string }
    expect(Date.parse(qa.now) - Date.parse(other.now)).toBe(48 * 3600 * 1000)
    expect(
      (await app.request('/__sandbox/health', { headers: { 'x-sandbox-tenant': 'no spaces!' } }))
        .status,
    ).toBe(400)
  })

  it('starts with an empty outbox and resets a tenant', async () => {
    const app = fresh()
    expect(await (await app.request('/__sandbox/outbox')).json()).toEqual([])
    const reset = await app.request('/__sandbox/reset', { method: 'POST' })
    expect(await reset.json()).toMatchObject({ status: 'reset', service })
  })

  it('refuses an absurd clock change with 400, saves nothing, and every later request still works', async () => {
    const app = fresh()
    const tenant = { 'x-sandbox-tenant': 'absurd' }
    for (const body of [
      '{"advance":"9999999999999999d"}',
      '{"advance":"999999999999999d"}',
      '{"set":"1999-01-01T00:00:00Z"}',
      '{"set":"2201-01-01T00:00:00Z"}',
      '{"set":"NaN"}',
    ]) {
      const res = await app.request('/__sandbox/clock', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...tenant },
        body,
      })
      expect(res.status, body).toBe(400)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
    }
    const clock = await app.request('/__sandbox/clock', { headers: tenant })
    expect(clock.status).toBe(200)
    expect(await clock.json()).toMatchObject({ now: '2026-05-01T12:00:00.000Z', version: 0 })
    expect((await app.request('/__sandbox/outbox', { headers: tenant })).status).toBe(200)
    expect((await app.request('/__sandbox/snapshots', { headers: tenant })).status).toBe(200)
  })

  it('names unreachable peers when its clock moves, and moves anyway', async () => {
    const app = fresh()
    const res = await app.request('/__sandbox/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"advance":"48h"}',
    })
    expect(res.status).toBe(200)
    const others = Object.fromEntries(
      Object.keys(peers)
        .filter((name) => name !== service)
        .map((name) => [name, 'unreachable']),
    )
    expect(await res.json()).toMatchObject({ now: '2026-05-03T12:00:00.000Z', peers: others })
  })
})
