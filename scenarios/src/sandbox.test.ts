import type { SandboxEnv } from '@partner-sandbox/shared'
import type { Hono } from 'hono'
import { RegExpRouter } from 'hono/router/reg-exp-router'
import { SmartRouter } from 'hono/router/smart-router'
import { TrieRouter } from 'hono/router/trie-router'
import { describe, expect, it } from 'vitest'
import { createInProcessSandbox, IN_PROCESS_URLS } from './sandbox'

describe('createInProcessSandbox', () => {
  it('routes absolute URLs to the app of their origin', async () => {
    const sandbox = createInProcessSandbox()
    for (const [name, url] of Object.entries(IN_PROCESS_URLS)) {
      const res = await sandbox.fetch(`${url}/__sandbox/health`)
      expect(await res.json()).toEqual({ status: 'ok', service: name })
    }
  })

  it('gives every service the same peer directory with the in-process base URLs', () => {
    const sandbox = createInProcessSandbox()
    expect(sandbox.peers.usps.baseUrl).toBe('http://usps.sandbox.test')
    expect(sandbox.peers.stamps.fetch).toBe(sandbox.fetch)
  })

  it('keeps each sandbox state to itself', async () => {
    const a = createInProcessSandbox()
    const b = createInProcessSandbox()
    await a.fetch(`${a.urls.usps}/__sandbox/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advance: '48h' }),
    })
    const nowOf = async (s: typeof a) =>
      Date.parse(
        ((await (await s.fetch(`${s.urls.usps}/__sandbox/clock`)).json()) as { now: string }).now,
      )
    expect((await nowOf(a)) - (await nowOf(b))).toBeGreaterThan(47 * 3_600_000)
  })

  it('rejects a URL of no service with the known base URLs', async () => {
    const sandbox = createInProcessSandbox()
    await expect(sandbox.fetch('http://localhost:4200/')).rejects.toThrow(
      'No sandbox service answers http://localhost:4200/. The in-process sandbox serves http://shipstation.sandbox.test',
    )
  })

  it('routes every request of every service as hono’s default router would', async () => {
    // Two sandboxes: the second's apps reuse the matchers the first compiled.
    for (const sandbox of [createInProcessSandbox(), createInProcessSandbox()]) {
      for (const app of Object.values(sandbox.apps) as Hono<SandboxEnv>[]) {
        const reference = new SmartRouter<unknown>({
          routers: [new RegExpRouter(), new TrieRouter()],
        })
        for (const route of app.routes) reference.add(route.method, route.path, route.handler)
        // An app's router holds [handler, route] pairs; the reference, the handlers themselves.
        const paths = [...new Set(app.routes.map((r) => r.path.replace(/:\w+/g, 'x1')))]
        for (const method of ['GET', 'POST', 'DELETE'])
          for (const path of [...paths, '/no/such/page']) {
            const [found, stash] = app.router.match(method, path)
            const [expected, expectedStash] = reference.match(method, path)
            expect(
              found.map(([[handler]]) => handler),
              `${method} ${path}`,
            ).toEqual(expected.map(([handler]) => handler))
            expect(found.map(([, params]) => params)).toEqual(expected.map(([, params]) => params))
            expect(stash).toEqual(expectedStash)
          }
      }
    }
  })
})
