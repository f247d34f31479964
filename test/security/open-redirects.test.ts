import { createInProcessSandbox, runScenario } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'
import { failuresOf, loadHappyPath } from '../support/happy-path'
import { routesOf } from './support/routes'

const EVIL = [
  'http://evil.example/',
  '//evil.example/',
  '/\\evil.example/',
  '\\\\evil.example/',
  '/%2Fevil.example/',
  '/%5Cevil.example',
  'https:evil.example',
  ' //evil.example',
  '\t//evil.example',
  '/\t/evil.example',
  'javascript:alert(1)',
  '//evil.example@usps.sandbox.test/',
  'http://usps.sandbox.test.evil.example/',
]
const PARAMS = ['return_to', 'returnTo', 'next', 'redirect', 'url', 'continue', 'redirect_uri']

/** True when a browser following `location` from `from` would leave the sandbox. */
function leaves(location: string, from: string): boolean {
  if (/^\s*javascript:/i.test(location)) return true
  const target = new URL(location, from)
  return target.hostname.includes('evil') || target.protocol === 'javascript:'
}

describe('open redirects', () => {
  it('never redirects off the sandbox from any route, whatever return_to says', async () => {
    const sandbox = createInProcessSandbox()
    const done = await runScenario(await loadHappyPath(), sandbox)
    expect(failuresOf(done)).toEqual([])
    const offsite: string[] = []
    let tried = 0
    for (const route of routesOf(sandbox.apps)) {
      if (!['GET', 'POST'].includes(route.method)) continue
      for (const evil of EVIL) {
        const fields = Object.fromEntries(PARAMS.map((p) => [p, evil]))
        const query = route.method === 'GET' ? `?${new URLSearchParams(fields)}` : ''
        const url = `${sandbox.urls[route.service]}${route.path}${query}`
        const res = await sandbox.apps[route.service].request(url, {
          method: route.method,
          headers: {
            accept: 'text/html',
            cookie: done.client.jar.headerFor(url) ?? '',
            ...(route.method === 'POST'
              ? {
                  'content-type': 'application/x-www-form-urlencoded',
                  origin: sandbox.urls[route.service],
                }
              : {}),
          },
          body: route.method === 'POST' ? new URLSearchParams(fields).toString() : undefined,
        })
        tried++
        const location = res.headers.get('location')
        if (location && leaves(location, url)) offsite.push(`${route.method} ${url} -> ${location}`)
        const body = await res.text()
        if (/href="(https?:)?\/\/evil|href="javascript:/i.test(body))
          offsite.push(`${url} links ${evil}`)
      }
    }
    expect(tried).toBeGreaterThan(1000)
    expect(offsite).toEqual([])
    // Over a thousand requests one after another: on a loaded 2-core CI machine that alone can
    // take the default 20 s.
  }, 90_000)

  it('follows a same-site return_to after the USPS sign-in, and only that', async () => {
    const sandbox = createInProcessSandbox()
    const done = await runScenario(await loadHappyPath(), sandbox)
    expect(failuresOf(done)).toEqual([])
    const from = `${sandbox.urls.usps}/login`
    const at = async (returnTo: string) =>
      (
        await done.client.send({
          method: 'GET',
          url: `${from}?return_to=${encodeURIComponent(returnTo)}`,
          follow: false,
        })
      ).headers.get('location') ?? ''
    expect(await at('/portal/payment-account')).toBe('/portal/payment-account')
    for (const evil of EVIL) expect(leaves(await at(evil), from), evil).toBe(false)
  })
})
