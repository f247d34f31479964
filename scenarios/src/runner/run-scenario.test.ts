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

/** A tiny two-origin site standing in for the services. */
function tinySite() {
  const seen: { tenant?: string; posted?: Record<string, unknown>; clock?: unknown[] } = {
    clock: [],
  }
  const app = new Hono()
  app.use(async (c, next) => {
    seen.tenant = c.req.header('x-sandbox-tenant')
    await next()
  })
  app.get('/form', (c) =>
    c.html(`<html><body><h1>Sign up</h1>
      <form method="post" action="/form">
        <input type="hidden" name="csrf" value="t&amp;1">
        <label for="f-name">Your name</label><input id="f-name" name="name">
        <label for="f-plan">Plan</label>
        <select id="f-plan" name="plan"><option value="s">Small</option><option value="l">Large</option></select>
        <label class="check" for="f-terms"><input id="f-terms" name="terms" type="checkbox" value="on"><span>I agree</span></label>
        <label><input type="radio" name="pay" value="card"> Credit Card</label>
        <label><input type="radio" name="pay" value="ach" checked> ACH Debit</label>
        <button type="submit" name="action" value="go">Continue</button>
      </form>
      <form method="post" action="/other"><button>Cancel</button></form></body></html>`),
  )
  app.post('/form', async (c) => {
    seen.posted = await c.req.parseBody()
    if (!seen.posted.name)
      return c.html('<h1>Sign up</h1><p role="alert">Enter your name.</p>', 400)
    setCookie(c, 'sid', String(seen.posted.name), { path: '/' })
    return c.redirect('/welcome', 303)
  })
  app.get('/welcome', (c) =>
    c.html(
      `<h1>Welcome</h1><p>Hello ${getCookie(c, 'sid') ?? 'stranger'}, your code is <b>4711</b>.</p><a href="http://usps.test/elsewhere">Go to USPS</a>`,
    ),
  )
  app.get('/elsewhere', (c) =>
    c.html(
      `<h1>USPS</h1><p>cookie: ${getCookie(c, 'sid') ?? 'none'} on ${new URL(c.req.url).host}</p>`,
    ),
  )
  app.get('/loop', (c) => c.redirect('/loop'))
  app.get('/bounce', (c) => c.redirect('http://stamps.test/welcome?from=ship'))
  app.post('/api/items', async (c) =>
    c.json({ item: { id: 'i-1', tags: ['a', 'b'], count: 2, body: await c.req.json() } }, 201),
  )
  app.get('/__sandbox/outbox', (c) =>
    c.json([
      {
        id: '2',
        at: 'x',
        channel: 'sms',
        to: '+1555',
        subject: 'Code',
        text: 'SMS 222222',
        code: '222222',
      },
      {
        id: '1',
        at: 'x',
        channel: 'email',
        to: 'a@b.c',
        subject: 'Verify',
        text: 'Mail',
        code: '111111',
        link: 'http://ship.test/welcome?token=abc',
      },
    ]),
  )
  app.post('/__sandbox/clock', async (c) => {
    seen.clock?.push(await c.req.json())
    return c.json({ now: '2030-01-01T00:00:00.000Z' })
  })
  const target: ScenarioTarget = {
    urls: URLS,
    fetch: async (input, init) => app.fetch(new Request(input, init)),
  }
  return { target, seen }
}

async function run(yaml: string, target?: ScenarioTarget) {
  const site = tinySite()
  const result = await runScenario(parseScenario(yaml), target ?? site.target, { runId: 'r1' })
  return { ...site, result }
}

describe('runScenario', () => {
  it('fills a form by its labels, keeps hidden fields, follows the redirect and keeps cookies', async () => {
    const { result, seen } = await run(`
name: Form
steps:
  - name: Open the form
    service: shipstation
    open: /form
    expect: { text: Sign up }
  - name: Submit it
    submit: Continue
    fill: { Your name: Ada, Plan: Large }
    check: I agree
    choose: Credit Card
    expect: { url: /welcome, redirectTo: /welcome, text: Hello Ada }
    capture: { code: { text: 'code is (\\d+)' } }
  - name: Use the code
    service: shipstation
    request: POST /api/items
    json: { code: '\${code}', run: '\${run}' }
    expect: { status: 201, json: { item.body.code: '4711', item.body.run: r1 } }
`)
    expect(result.steps.map((s) => [s.name, s.ok, s.message])).toEqual([
      ['Open the form', true, undefined],
      ['Submit it', true, undefined],
      ['Use the code', true, undefined],
    ])
    expect(seen.posted).toEqual({
      csrf: 't&1',
      name: 'Ada',
      plan: 'l',
      terms: 'on',
      pay: 'card',
      action: 'go',
    })
  })

  it('clicks links across origins without leaking cookies to the other origin', async () => {
    const { result } = await run(`
name: Links
steps:
  - name: Sign up
    service: shipstation
    open: /form
  - name: Submit
    submit: Continue
    fill: { Your name: Ada }
  - name: Go to USPS
    click: Go to USPS
    expect: { text: 'cookie: none on usps.test' }
`)
    expect(result.steps.every((s) => s.ok)).toBe(true)
  })

  it('fails a refused form with the status, the page heading and its error message', async () => {
    const { result } = await run(`
name: Refused
steps:
  - name: Open
    service: shipstation
    open: /form
  - name: Submit without a name
    submit: Continue
  - name: Never reached
    service: shipstation
    open: /welcome
`)
    expect(result.steps[1]?.ok).toBe(false)
    expect(result.steps[1]?.message).toContain('status 400, expected below 400')
    expect(result.steps[1]?.message).toContain('shows "Enter your name."')
    expect(result.skipped).toEqual(['Never reached'])
  })

  it('says which link, button or field is missing and what the page offers', async () => {
    const missingLink = await run(`
name: Missing
steps:
  - { name: Open, service: shipstation, open: /welcome }
  - { name: Click, click: Go to Mars }
`)
    expect(missingLink.result.steps[1]?.message).toContain('no link "Go to Mars"')
    expect(missingLink.result.steps[1]?.message).toContain('"Go to USPS"')
    const missingField = await run(`
name: Missing
steps:
  - { name: Open, service: shipstation, open: /form }
  - { name: Submit, submit: Continue, fill: { Surname: X } }
`)
    expect(missingField.result.steps[1]?.message).toContain('no field labelled "Surname"')
    expect(missingField.result.steps[1]?.message).toContain('"Your name"')
    expect(missingField.seen.posted).toBeUndefined()
    const missingButton = await run(`
name: Missing
steps:
  - { name: Open, service: shipstation, open: /form }
  - { name: Submit, submit: Explode }
`)
    expect(missingButton.result.steps[1]?.message).toContain('buttons here: "Continue", "Cancel"')
  })

  it('reports each differing expectation in words', async () => {
    const { result } = await run(`
name: Wrong
steps:
  - name: Create
    service: shipstation
    request: POST /api/items
    json: { a: 1 }
    expect:
      status: 200
      text: nope
      notText: i-1
      json: { item.count: 3, item.tags: [c] }
`)
    const message = result.steps[0]?.message ?? ''
    expect(message).toContain('status 201, expected 200')
    expect(message).toContain('missing text "nope"')
    expect(message).toContain('unexpected text "i-1"')
    expect(message).toContain('item.count is 2, expected 3')
    expect(message).toContain('item.tags has no item like "c"')
  })

  it('captures from the outbox, headers and JSON, and fails on unknown variables', async () => {
    const { result } = await run(`
name: Captures
steps:
  - name: Read the SMS code
    capture:
      sms: { outbox: { service: shipstation, channel: sms } }
      link: { outbox: { service: shipstation, to: a@b.c, field: link } }
      token: { outbox: { service: shipstation, channel: email, field: link }, regex: 'token=(\\w+)' }
  - name: Bounce without following
    service: shipstation
    request: GET /bounce
    expect: { status: 302, redirectTo: 'http://stamps.test/welcome' }
    capture: { next: { header: location } }
  - name: Use them
    open: \${next}&sms=\${sms}&token=\${token}
    expect: { url: { regex: 'sms=222222&token=abc$' } }
  - name: Typo
    service: shipstation
    open: /\${smss}
`)
    expect(result.variables).toMatchObject({
      sms: '222222',
      link: 'http://ship.test/welcome?token=abc',
      token: 'abc',
      next: 'http://stamps.test/welcome?from=ship',
    })
    expect(result.steps.slice(0, 3).map((s) => s.message)).toEqual([
      undefined,
      undefined,
      undefined,
    ])
    expect(result.steps[3]?.message).toContain(`unknown variable \${smss}`)
  })

  it('stops after ten redirects instead of looping', async () => {
    const { result } = await run(`
name: Loop
steps:
  - { name: Loop, service: shipstation, open: /loop }
`)
    expect(result.steps[0]?.message).toContain('more than 10 redirects')
  })

  it('moves the one tenant clock once for all services and sends the run tenant', async () => {
    const site = tinySite()
    const result = await runScenario(
      parseScenario(`
name: Clock
steps:
  - name: Two days later
    clock: { service: all, advance: 48h }
`),
      { ...site.target, tenant: 'scn-test' },
    )
    expect(result.steps[0]?.ok).toBe(true)
    // One clock per tenant: the service that is called moves its peers; a second post would
    // move the world twice.
    expect(site.seen.clock).toEqual([{ advance: '48h' }])
    expect(site.seen.tenant).toBe('scn-test')
  })

  it('forgets a service cookies on clearCookies', async () => {
    const { result } = await run(`
name: Sign out
steps:
  - { name: Open, service: shipstation, open: /form }
  - { name: Submit, submit: Continue, fill: { Your name: Ada } }
  - { name: Forget, clearCookies: shipstation }
  - { name: Back, service: shipstation, open: /welcome, expect: { text: Hello stranger } }
`)
    expect(result.steps.map((s) => s.message)).toEqual([undefined, undefined, undefined, undefined])
  })
})
