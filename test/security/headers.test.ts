import { createInProcessSandbox, runScenario } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'
import { failuresOf, loadHappyPath } from '../support/happy-path'
import { routesOf } from './support/routes'

function expectSecurityHeaders(headers: Headers, where: string): void {
  const csp = headers.get('content-security-policy') ?? ''
  expect(csp, where).toContain("frame-ancestors 'none'")
  expect(csp, where).toContain("script-src 'none'")
  expect(csp, where).toContain("default-src 'self'")
  expect(headers.get('x-frame-options'), where).toBe('DENY')
  expect(headers.get('x-content-type-options'), where).toBe('nosniff')
  expect(headers.get('referrer-policy'), where).toBe('no-referrer')
}

describe('security headers', () => {
  it('sends CSP, frame-ancestors none, nosniff and Referrer-Policy on every GET route, errors included', async () => {
    const sandbox = createInProcessSandbox()
    const gets = routesOf(sandbox.apps).filter((r) => r.method === 'GET')
    expect(gets.length).toBeGreaterThan(20)
    for (const route of gets) {
      const res = await sandbox.apps[route.service].request(
        `${sandbox.urls[route.service]}${route.path}`,
        {
          headers: { accept: 'text/html' },
        },
      )
      expectSecurityHeaders(res.headers, `${route.service} GET ${route.path} (${res.status})`)
    }
    const missing = await sandbox.apps.usps.request('/no-such-page')
    expectSecurityHeaders(missing.headers, '404')
  })

  it('serves the consent screen unframeable, and no page of the happy path has an inline script', async () => {
    const sandbox = createInProcessSandbox()
    const pages: { url: string; body: string; headers: Headers }[] = []
    const recording = {
      ...sandbox,
      fetch: async (input: Request | string | URL, init?: RequestInit) => {
        const res = await sandbox.fetch(input, init)
        const copy = res.clone()
        const url = input instanceof Request ? input.url : String(input)
        if ((copy.headers.get('content-type') ?? '').includes('text/html')) {
          pages.push({ url, body: await copy.text(), headers: copy.headers })
        }
        return res
      },
    }
    const done = await runScenario(await loadHappyPath(), recording)
    expect(failuresOf(done)).toEqual([])
    const consent = pages.find((p) => p.body.includes('Grant Auctane Access'))
    expect(consent).toBeDefined()
    if (consent) expectSecurityHeaders(consent.headers, consent.url)
    expect(pages.length).toBeGreaterThan(10)
    for (const page of pages) {
      expect(page.body, page.url).not.toMatch(/<script|\son[a-z]+=|javascript:/i)
    }
  })
})
