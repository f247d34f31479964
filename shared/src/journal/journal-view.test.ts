import { describe, expect, it } from 'vitest'
import type { PeerDirectory } from '../service-app'
import { createServiceApp, lazyServiceKeys } from '../service-app'
import { createMemoryStore } from '../store/memory-store'

describe('journal view', () => {
  it('names the peers whose journal it could not fetch, and still draws its own hops', async () => {
    const store = createMemoryStore()
    const peers: PeerDirectory = {
      shipstation: {
        name: 'shipstation',
        baseUrl: 'http://shipstation.test',
        fetch: async () => Response.json({ entries: [{ id: 'not an entry' }] }),
      },
      stamps: {
        name: 'stamps',
        baseUrl: 'http://stamps.test',
        fetch: async () => {
          throw new TypeError('fetch failed')
        },
      },
      usps: { name: 'usps', baseUrl: 'http://usps.test', fetch: async () => new Response() },
    }
    const app = createServiceApp({
      service: 'usps',
      store,
      realTime: Date.now,
      keys: lazyServiceKeys(store),
      peers,
    })
    await app.request('/.well-known/jwks.json')
    const html = await (await app.request('/__sandbox/journal/view')).text()
    expect(html).toMatch(/Stamps.com(&#39;|')s journal could not be fetched \(fetch failed\)/)
    expect(html).toMatch(/ShipStation(&#39;|')s journal could not be fetched \(unexpected answer\)/)
    expect(html).toContain('GET /.well-known/jwks.json 200')
    expect(html).toContain('Browser → USPS')
    expect(html).not.toContain('<script')
  })
})
