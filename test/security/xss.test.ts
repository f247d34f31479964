import { createInProcessSandbox, runScenario, type Scenario } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'
import { failuresOf, loadHappyPath } from '../support/happy-path'
import { FIELDS } from './support/fuzz-inputs'
import { routesOf, unsafeRoutesOf } from './support/routes'

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
]
/** What would run if a payload came back unescaped. */
const RAW = /<script>alert|<img src=x|<svg onload|href="javascript:/i

/** The happy path with markup in every name, company and card holder the customer types. */
function withMarkupInNames(scenario: Scenario): Scenario {
  const marked = new Set([
    'First name',
    'Last name',
    'Company',
    'Name on card',
    'Company name',
    'Cardholder name',
  ])
  const steps = scenario.steps.map((step) => {
    const fill = (step as { fill?: Record<string, string> }).fill
    if (!fill) return step
    const changed = Object.fromEntries(
      Object.entries(fill).map(([label, value]) => [
        label,
        marked.has(label) ? `${value} <img src=x onerror=alert(1)>` : value,
      ]),
    )
    return { ...step, fill: changed }
  })
  return { ...scenario, steps } as Scenario
}

describe('cross-site scripting', () => {
  it('escapes every value a form echoes back, on every form route of every service', async () => {
    const sandbox = createInProcessSandbox()
    let checked = 0
    for (const route of unsafeRoutesOf(sandbox.apps)) {
      const url = `${sandbox.urls[route.service]}${route.path}`
      for (const payload of PAYLOADS) {
        const fields = Object.fromEntries(FIELDS.map((f) => [f, payload]))
        const res = await sandbox.apps[route.service].request(url, {
          method: route.method,
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'text/html',
            origin: sandbox.urls[route.service],
          },
          body: new URLSearchParams(fields).toString(),
        })
        const body = await res.text()
        expect(body, `${route.method} ${url}`).not.toMatch(RAW)
        checked++
      }
    }
    for (const route of routesOf(sandbox.apps).filter((r) => r.method === 'GET')) {
      const query = new URLSearchParams(
        Object.fromEntries(FIELDS.map((f) => [f, PAYLOADS[1] ?? ''])),
      )
      const res = await sandbox.apps[route.service].request(
        `${sandbox.urls[route.service]}${route.path}?${query}`,
        {
          headers: { accept: 'text/html' },
        },
      )
      expect(await res.text(), `GET ${route.path}`).not.toMatch(RAW)
      checked++
    }
    expect(checked).toBeGreaterThan(150)
  })

  it('shows names and companies with markup as text on every page of the onboarding', async () => {
    const sandbox = createInProcessSandbox()
    const pages: { url: string; body: string }[] = []
    const recording = {
      ...sandbox,
      fetch: async (input: Request | string | URL, init?: RequestInit) => {
        const res = await sandbox.fetch(input, init)
        const url = input instanceof Request ? input.url : String(input)
        // JSON carries the text as typed; only HTML is where markup would run.
        if ((res.headers.get('content-type') ?? '').includes('text/html')) {
          pages.push({ url, body: await res.clone().text() })
        }
        return res
      },
    }
    const done = await runScenario(withMarkupInNames(await loadHappyPath()), recording)
    expect(failuresOf(done)).toEqual([])
    const echoed = pages.filter((p) => p.body.includes('&lt;img src=x onerror=alert(1)&gt;'))
    expect(echoed.length).toBeGreaterThan(0)
    for (const page of pages) expect(page.body, page.url).not.toMatch(RAW)
  })
})
