import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { SandboxEnv } from '../app-env'
import { createJournal } from '../journal/journal'
import { listen } from '../listen'
import { cryptoRandom } from '../random'
import { createMemoryStore } from '../store/memory-store'
import { pathAndQuery, sandboxEdge } from './sandbox-edge'

describe('pathAndQuery', () => {
  it.each([
    'http://127.0.0.1:4000/',
    'http://localhost/api/v1/account',
    'http://localhost/api/v1/account?',
    'http://localhost/a?b=1&c=%20d',
    'http://localhost/a?b=1#frag',
    'http://localhost/a#frag?x',
    'http://localhost/a/?q=?x',
    'https://user:pw@example.com:8443/p%2Fq?x=y',
    'http://localhost/%E2%9C%93?%E2%9C%93=1',
  ])('is the pathname and search of %s', (href) => {
    const url = new URL(href)
    expect(pathAndQuery(url.href)).toBe(`${url.pathname}${url.search}`)
  })
})

describe('sandboxEdge and the route reading the body', () => {
  const appWith = (edge: boolean) => {
    const app = new Hono<SandboxEnv>()
    if (edge) {
      const journal = createJournal({ service: 'usps' })
      app.use(
        sandboxEdge({ service: 'usps', store: createMemoryStore(), journal, random: cryptoRandom }),
      )
    }
    app.post('/text', async (c) => c.json({ text: await c.req.text() }))
    app.post('/json', async (c) => c.json({ parsed: await c.req.json() }))
    app.post('/bytes', async (c) => c.json({ length: (await c.req.arrayBuffer()).byteLength }))
    return app
  }
  const bom = [0xef, 0xbb, 0xbf]
  const bodies = {
    plain: new TextEncoder().encode('{"token":"abc","n":1}'),
    // A byte-order mark and an invalid byte: decoded as Response.text() decodes them.
    odd: Uint8Array.from([
      ...bom,
      ...new TextEncoder().encode('{"name":"a'),
      0xff,
      ...new TextEncoder().encode('b"}'),
    ]),
  }
  const post = (body: Uint8Array) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body as Uint8Array<ArrayBuffer>,
  })

  it('reads the same text, JSON and bytes behind the edge as without it, in-process', async () => {
    for (const body of Object.values(bodies)) {
      for (const path of ['/text', '/json', '/bytes']) {
        const [bare, edged] = await Promise.all(
          [appWith(false), appWith(true)].map(async (app) => {
            const res = await app.request(path, post(body))
            return { status: res.status, body: await res.json() }
          }),
        )
        expect(edged).toEqual(bare)
        expect(edged?.status).toBe(200)
      }
    }
  })

  it('reads the same text, JSON and bytes behind the edge as without it, over a socket', async () => {
    const servers = await Promise.all(
      [appWith(false), appWith(true)].map((app) =>
        listen({ fetch: app.fetch, port: 0, host: '127.0.0.1' }),
      ),
    )
    try {
      for (const body of Object.values(bodies)) {
        for (const path of ['/text', '/json', '/bytes']) {
          const [bare, edged] = await Promise.all(
            servers.map(async (server) => {
              const res = await fetch(`${server.url}${path}`, post(body))
              return { status: res.status, body: await res.json() }
            }),
          )
          expect(edged).toEqual(bare)
          expect(edged?.status).toBe(200)
        }
      }
    } finally {
      await Promise.all(servers.map((server) => server.close()))
    }
  })
})
