import { runScenario } from '@partner-sandbox/scenarios'
import { SERVICE_NAMES } from '@partner-sandbox/shared'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countingSandbox } from '../support/counting-store'
import { failuresOf, loadHappyPath } from '../support/happy-path'
import { type FuzzInput, fuzzInputFor } from './support/fuzz-inputs'
import { routeFields } from './support/route-fields'
import { routesOf } from './support/routes'

/** `npm test` runs a bounded number; `npm run fuzz` sets FUZZ_RUNS=100000. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 400)
/** A fixed seed keeps `npm test` reproducible; FUZZ_SEED explores elsewhere. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201)

describe('fuzzing every JSON and form route', () => {
  it(`answers ${RUNS} random inputs without a 5xx, and every service stays healthy`, {
    timeout: 30_000 + RUNS * 25,
  }, async () => {
    const { sandbox } = countingSandbox()
    const pages: string[] = []
    const recording = {
      ...sandbox,
      fetch: async (input: Request | string | URL, init?: RequestInit) => {
        const res = await sandbox.fetch(input, init)
        const type = res.headers.get('content-type') ?? ''
        if (type.includes('html')) pages.push(await res.clone().text())
        return res
      },
    }
    const done = await runScenario(await loadHappyPath(), recording)
    expect(failuresOf(done)).toEqual([])
    const routes = routesOf(sandbox.apps)
    const fields = await routeFields(sandbox, done, routes, pages)
    const perRoute = routes.map((route) => fuzzInputFor(fields.get(route) ?? []))
    expect(routes.length).toBeGreaterThan(60)
    const serverErrors: string[] = []
    let sent = 0

    const request = async (routeIndex: number, input: FuzzInput) => {
      const route = routes[routeIndex % routes.length]
      if (!route) return true
      const pattern = route.pattern.replace(/:[A-Za-z_]+(\{[^}]*\})?/g, input.param)
      const url = `${sandbox.urls[route.service]}${pattern}${input.query ? `?${input.query}` : ''}`
      const headers = new Headers({ accept: input.accept })
      if (input.contentType) headers.set('content-type', input.contentType)
      if (input.tenant !== undefined) headers.set('x-sandbox-tenant', input.tenant)
      if (input.authorization) headers.set('authorization', input.authorization)
      const cookie = input.signedIn ? done.client.jar.headerFor(url) : undefined
      if (cookie) headers.set('cookie', cookie)
      const hasBody = !['GET', 'HEAD'].includes(route.method)
      const res = await sandbox.apps[route.service].request(url, {
        method: route.method,
        headers,
        body: hasBody ? input.body : undefined,
      })
      sent++
      await res.arrayBuffer()
      if (res.status >= 500) {
        // Recorded, not failed at once: a long run reports every 5xx it met, not only the first.
        serverErrors.push(`${res.status} ${route.method} ${url} ${JSON.stringify(input)}`)
      }
      return true
    }

    await fc
      .assert(
        fc.asyncProperty(
          fc
            .nat({ max: routes.length - 1 })
            .chain((i) =>
              (perRoute[i] ?? perRoute[0] ?? fc.constant(undefined as never)).map(
                (input) => [i, input] as const,
              ),
            ),
          ([routeIndex, input]) => request(routeIndex, input),
        ),
        { numRuns: RUNS, seed: SEED },
      )
      .catch((error: Error) => {
        throw new Error(
          `${serverErrors.length} 5xx answers, first: ${serverErrors[0]}\n${error.message}`,
        )
      })
    for (const service of SERVICE_NAMES) {
      const health = await sandbox.apps[service].request('/__sandbox/health')
      expect(health.status).toBe(200)
    }
    console.log(`fuzz: ${sent} inputs over ${routes.length} routes, ${serverErrors.length} 5xx`)
    expect(serverErrors.slice(0, 20)).toEqual([])
  })
})
