import { Hono } from 'hono'
import { MESSAGE_MATCHER_IS_ALREADY_BUILT, type Result, type Router } from 'hono/router'
import { RegExpRouter } from 'hono/router/reg-exp-router'
import { SmartRouter } from 'hono/router/smart-router'
import { TrieRouter } from 'hono/router/trie-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SharedMatcherRouter } from './shared-matcher-router'

type Route = [method: string, path: string]

/** What a match means, whichever router answered: each handler with its params by name. */
function answer<T>(result: Result<T>): [T, Record<string, string>][] {
  const [found, stash] = result
  return found.map(([handler, params]) => {
    if (!stash) return [handler, { ...(params as Record<string, string>) }]
    const named = Object.entries(params as Record<string, number>).map(
      ([key, index]) => [key, stash[index] as string] as const,
    )
    return [handler, Object.fromEntries(named)]
  })
}

/** `routes` added to `router`, each handler named after its route and `tag`. */
function withRoutes(router: Router<string>, routes: Route[], tag: string): Router<string> {
  for (const [method, path] of routes) router.add(method, path, `${tag} ${method} ${path}`)
  return router
}

const honoDefault = () =>
  new SmartRouter<string>({ routers: [new RegExpRouter(), new TrieRouter()] })

// A service's shape: middleware on every path, static and parameterised routes, a sub-tree.
const regExpShape = (prefix: string): Route[] => [
  ['ALL', '*'],
  ['GET', `${prefix}/health`],
  ['GET', `${prefix}/accounts/:id`],
  ['POST', `${prefix}/accounts/:id/payments`],
  ['ALL', `${prefix}/admin/*`],
  ['GET', `${prefix}/admin/users/:user`],
]
// ShipStation's: a static segment beside a parameter at the same place, which RegExpRouter refuses.
const trieShape = (prefix: string): Route[] => [
  ['ALL', '*'],
  ['GET', `${prefix}/shipments/new`],
  ['GET', `${prefix}/shipments/:id`],
  ['POST', `${prefix}/shipments`],
]
const requests = (prefix: string): Route[] => [
  ['GET', `${prefix}/health`],
  ['GET', `${prefix}/accounts/42`],
  ['POST', `${prefix}/accounts/42/payments`],
  ['DELETE', `${prefix}/admin/users/7`],
  ['GET', `${prefix}/admin/users/7`],
  ['GET', `${prefix}/shipments/new`],
  ['GET', `${prefix}/shipments/se-1`],
  ['POST', `${prefix}/shipments`],
  ['PUT', `${prefix}/nowhere`],
]

afterEach(() => {
  vi.restoreAllMocks()
})

describe('SharedMatcherRouter', () => {
  it.each([
    ['a shape RegExpRouter holds', regExpShape('/a')],
    ['a shape only the trie holds', trieShape('/b')],
  ])('answers as hono’s default router for %s, twice over', (_, routes) => {
    const reference = withRoutes(honoDefault(), routes, 'app')
    const shared = withRoutes(new SharedMatcherRouter(), routes, 'app')
    const prefix = routes[1]?.[1].split('/')[1] ?? ''
    for (const [method, path] of [...requests(`/${prefix}`), ...requests(`/${prefix}`)])
      expect(answer(shared.match(method, path)), `${method} ${path}`).toEqual(
        answer(reference.match(method, path)),
      )
  })

  it('answers each app with its own handlers, compiling the shape once', () => {
    const first = withRoutes(new SharedMatcherRouter(), regExpShape('/c'), 'first')
    expect(answer(first.match('GET', '/c/accounts/1'))).toEqual([
      ['first ALL *', {}],
      ['first GET /c/accounts/:id', { id: '1' }],
    ])
    const added = vi.spyOn(SmartRouter.prototype, 'add')
    const second = withRoutes(new SharedMatcherRouter(), regExpShape('/c'), 'second')
    expect(answer(second.match('GET', '/c/accounts/2'))).toEqual([
      ['second ALL *', {}],
      ['second GET /c/accounts/:id', { id: '2' }],
    ])
    expect(answer(first.match('GET', '/c/health'))).toEqual([
      ['first ALL *', {}],
      ['first GET /c/health', {}],
    ])
    expect(added).not.toHaveBeenCalled()
  })

  it('keeps apart shapes that differ only in order or method', () => {
    const one = withRoutes(
      new SharedMatcherRouter(),
      [
        ['GET', '/d/:x'],
        ['GET', '/d/y'],
      ],
      'one',
    )
    const two = withRoutes(
      new SharedMatcherRouter(),
      [
        ['GET', '/d/y'],
        ['GET', '/d/:x'],
      ],
      'two',
    )
    const three = withRoutes(
      new SharedMatcherRouter(),
      [
        ['POST', '/d/:x'],
        ['GET', '/d/y'],
      ],
      'x',
    )
    expect(answer(one.match('GET', '/d/y')).map(([h]) => h)).toEqual([
      'one GET /d/:x',
      'one GET /d/y',
    ])
    expect(answer(two.match('GET', '/d/y')).map(([h]) => h)).toEqual([
      'two GET /d/y',
      'two GET /d/:x',
    ])
    expect(answer(three.match('GET', '/d/z'))).toEqual([])
  })

  it('refuses a route once it has matched, as hono’s routers do', () => {
    const router = withRoutes(new SharedMatcherRouter(), regExpShape('/e'), 'app')
    router.match('GET', '/e/health')
    expect(() => router.add('GET', '/e/late', 'late')).toThrow(MESSAGE_MATCHER_IS_ALREADY_BUILT)
  })

  it('routes a Hono app’s requests, params and 404s included', async () => {
    const build = (tag: string) =>
      new Hono({ router: new SharedMatcherRouter() })
        .get('/f/shipments/new', (c) => c.text(`${tag} new`))
        .get('/f/shipments/:id', (c) => c.text(`${tag} ${c.req.param('id')}`))
    for (const tag of ['one', 'two']) {
      const app = build(tag)
      expect(await (await app.request('/f/shipments/new')).text()).toBe(`${tag} new`)
      expect(await (await app.request('/f/shipments/se-9')).text()).toBe(`${tag} se-9`)
      expect((await app.request('/f/nowhere')).status).toBe(404)
    }
  })
})
