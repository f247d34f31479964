import { createSeededRandom } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../load-scenario'
import type { ScenarioTarget } from './client'
import { runScenario } from './run-scenario'

const URLS = {
  shipstation: 'http://ship.test',
  stamps: 'http://stamps.test',
  usps: 'http://usps.test',
}

function site(): ScenarioTarget {
  const app = new Hono()
  app.get('/login', (c) => {
    setCookie(c, 'sid', 'ada', { path: '/' })
    return c.html('<h1>Home</h1><a href="/help" target="_blank">Help</a> <a href="/next">Next</a>')
  })
  app.get('/help', (c) =>
    c.html(`<h1>Help</h1><p>signed in as ${getCookie(c, 'sid') ?? 'nobody'}</p>`),
  )
  app.get('/next', (c) =>
    c.html(`<h1>Next</h1>
      <div role="dialog" aria-label="Connect now"><p>Connect now to get rates</p></div>
      <section class="banner" data-banner="connect">Connect now to get rates, then print</section>`),
  )
  app.get('/echo/:value', (c) => c.json({ value: c.req.param('value') }))
  return { urls: URLS, fetch: async (input, init) => app.fetch(new Request(input, init)) }
}

const run = (yaml: string, options = {}) => runScenario(parseScenario(yaml), site(), options)
const summary = (r: Awaited<ReturnType<typeof run>>) =>
  r.steps.map(
    (s) => `${s.ok ? 'ok' : s.soft ? 'soft' : 'FAIL'} ${s.name}${s.tab ? ` [${s.tab}]` : ''}`,
  )

describe('tabs', () => {
  it('opens a target=_blank link in a new tab that shares cookies, and goes back by name', async () => {
    const result = await run(`
name: Tabs
steps:
  - { name: Sign in, service: shipstation, open: /login }
  - { name: Help opens a tab, click: Help, expect: { text: signed in as ada } }
  - { name: Back on the first tab, tab: main, click: Next, expect: { text: Next } }
  - { name: The help tab is where it was, tab: tab2, service: shipstation, request: GET /echo/x }
`)
    expect(summary(result)).toEqual([
      'ok Sign in [main]',
      'ok Help opens a tab [tab2]',
      'ok Back on the first tab [main]',
      'ok The help tab is where it was [tab2]',
    ])
    expect(result.client.tabs).toEqual(['main', 'tab2'])
  })

  it('names the new tab with opensTab, opens a tab with open, and refuses an unknown tab', async () => {
    const result = await run(`
name: Named tabs
steps:
  - { name: Sign in, service: shipstation, open: /login }
  - { name: Help, click: Help, opensTab: help }
  - { name: A fresh tab, tab: other, service: shipstation, open: /next }
  - { name: Nowhere, tab: nowhere, click: Help }
`)
    expect(summary(result)).toEqual([
      'ok Sign in [main]',
      'ok Help [help]',
      'ok A fresh tab [other]',
      'FAIL Nowhere [other]',
    ])
    expect(result.steps[3]?.message).toBe('no tab named "nowhere" (tabs: main, help, other)')
  })
})

describe('within', () => {
  it('tells the pop-up from the banner that repeats its words', async () => {
    const result = await run(`
name: Regions
steps:
  - { name: Sign in, service: shipstation, open: /login }
  - name: The pop-up has no print
    click: Next
    expect: { within: { dialog: Connect now }, text: Connect now, notText: then print }
  - name: The banner has it
    service: shipstation
    open: /next
    expect: { within: { banner: connect }, text: then print }
  - name: A pop-up that is not there
    service: shipstation
    open: /next
    expect: { within: { dialog: Approve }, text: Connect now }
`)
    expect(summary(result).slice(0, 3)).toEqual([
      'ok Sign in [main]',
      'ok The pop-up has no print [main]',
      'ok The banner has it [main]',
    ])
    expect(result.steps[3]?.message).toContain(
      'within {"dialog":"Approve"}: no dialog "Approve" on this page (dialogs: "Connect now")',
    )
  })
})

describe('soft expectations', () => {
  it('records a soft failure, runs on, and fails the scenario at the end', async () => {
    const result = await run(`
name: Soft
steps:
  - name: A soft miss
    service: shipstation
    request: GET /echo/a
    expect: { json: { value: b }, soft: true }
  - { name: Still runs, service: shipstation, request: GET /echo/c, expect: { json: { value: c } } }
`)
    expect(summary(result)).toEqual(['soft A soft miss [main]', 'ok Still runs [main]'])
    expect(result.steps[0]?.message).toContain('value is "a", expected "b"')
    expect(result.ok).toBe(false)
    expect(result.skipped).toEqual([])
  })
})

describe('seed', () => {
  it('makes the run id and generated values repeat', async () => {
    const yaml = `
name: Seeded
seed: 42
steps:
  - name: Echo
    service: shipstation
    request: GET /echo/\${run}-\${digits(6)}
    capture: { value: { json: value } }
`
    const values = []
    for (let i = 0; i < 2; i++) {
      const scenario = parseScenario(yaml)
      const result = await runScenario(scenario, site(), {
        random: createSeededRandom(scenario.seed!),
      })
      values.push(result.variables.value)
    }
    expect(values[0]).toMatch(/^[0-9a-f]{8}-\d{6}$/)
    expect(values[1]).toBe(values[0])
  })
})
