import { jsx } from 'hono/jsx'
import { describe, expect, it } from 'vitest'
import type { Clock } from './clock'
import { Page, renderPage, SandboxClock } from './page'

const clock = (frozen: boolean): Clock =>
  ({ now: () => new Date('2026-03-04T05:06:07.000Z'), frozen }) as unknown as Clock

const render = async (node: unknown, withClock?: Clock) =>
  String(
    await (
      (withClock ? jsx(SandboxClock.Provider, { value: withClock }, node as never) : node) as {
        toString(): string | Promise<string>
      }
    ).toString(),
  )

const FOOTER_LINKS =
  '<footer class="sandbox-footer">Sandbox tools: <a href="/__sandbox/outbox">what this service sent (outbox)</a> · <a href="/__sandbox/journal/view">requests between the services (journal)</a> · <a href="/docs">API docs</a>'

// The shell is written as HTML rather than rendered element by element; these are the bytes the
// element tree (`<html><head/><body><header>…`) rendered before, captured from it.
describe('Page', () => {
  it('renders the shell as the element tree did, every part in its place', async () => {
    const page = (
      <Page
        service="usps"
        title="T"
        nav={<a href="/x">X</a>}
        banners={[<div class="banner">B</div>, 'txt<', null, false, 3]}
        modal={<div class="modal">M</div>}
      >
        <h1>Head</h1>
        <p>para</p>
        {['a', <b>b</b>]}
      </Page>
    )
    const html = await render(page, clock(true))
    expect(html.slice(html.indexOf('</style>'))).toBe(
      '</style></head><body><header class="brand"><div><div class="name">USPS Business Portal</div><div class="sandbox-note">Partner Sandbox: simulated service, no real accounts or charges</div></div><nav><a href="/x">X</a></nav></header><div class="banner">B</div>txt&lt;3<main><h1>Head</h1><p>para</p>a<b>b</b></main>' +
        `${FOOTER_LINKS}<span class="sandbox-time"> · Sandbox time: <time datetime="2026-03-04T05:06:07.000Z">2026-03-04 05:06 UTC</time> (frozen)</span></footer><div class="modal">M</div></body></html>`,
    )
  })

  it('escapes the title and brands the head per service', async () => {
    const html = await render(
      <Page service="shipstation" title="Sign in & <go>">
        hello
      </Page>,
      clock(false),
    )
    expect(html.slice(0, html.indexOf('<style>') + 8)).toBe(
      '<html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Sign in &amp; &lt;go&gt; | ShipStation (sandbox)</title><style>\n',
    )
    expect(html).toContain('header.brand{background:#1d6b2f}')
    expect(html.slice(html.indexOf('</style>'))).toBe(
      '</style></head><body><header class="brand"><div><div class="name">ShipStation</div><div class="sandbox-note">Partner Sandbox: simulated service, no real accounts or charges</div></div><nav></nav></header><main>hello</main>' +
        `${FOOTER_LINKS}<span class="sandbox-time"> · Sandbox time: <time datetime="2026-03-04T05:06:07.000Z">2026-03-04 05:06 UTC</time></span></footer></body></html>`,
    )
  })

  it('shows no sandbox time when no clock is provided', async () => {
    const html = await render(<Page service="stamps" title="T" />)
    expect(html).not.toContain('sandbox-time')
    expect(html.endsWith(`<main></main>${FOOTER_LINKS}</footer></body></html>`)).toBe(true)
  })
})

describe('renderPage', () => {
  const hono = (node: unknown, withClock: Clock) => render(node, withClock)
  const cases: [string, () => unknown][] = [
    [
      'a page with nav, banners and a modal',
      () => (
        <Page service="usps" title="T &" nav={<a href="/x">X</a>} modal={<div>M</div>}>
          <h1>Head</h1>
          <style>{'p{color:red}'}</style>
          {['a', 1, null, <b>b</b>]}
        </Page>
      ),
    ],
    [
      'an svg, whose namespace hono carries into a nested render',
      () => (
        <Page service="stamps" title="Diagram">
          <svg viewBox="0 0 10 10" strokeWidth="2">
            <title>Diagram</title>
            <g>
              <title>tip</title>
              <line x1="0" strokeLinecap="round" />
            </g>
          </svg>
        </Page>
      ),
    ],
    [
      'a document with its own head element',
      () => (
        <html lang="en">
          <head>
            <meta charset="utf-8" />
            <title>Docs</title>
            <script src="/a.js" />
          </head>
          <body>docs</body>
        </html>
      ),
    ],
    [
      'an async component',
      () => {
        const Later = async () => <p>later</p>
        return (
          <Page service="shipstation" title="Async">
            <Later />
          </Page>
        )
      },
    ],
  ]
  for (const [name, make] of cases) {
    it(`renders ${name} as hono's own render does`, async () => {
      const expected = await hono(make(), clock(true))
      const page = make() as unknown as Parameters<typeof renderPage>[0]
      expect(String(await renderPage(page, clock(true)))).toBe(expected)
    })
  }

  it('renders a page with the sandbox time of the clock it is given, then forgets the clock', async () => {
    const page = (<Page service="usps" title="T" />) as unknown as Parameters<typeof renderPage>[0]
    expect(String(await renderPage(page, clock(false)))).toContain(
      '<time datetime="2026-03-04T05:06:07.000Z">2026-03-04 05:06 UTC</time></span>',
    )
    expect(await render(<Page service="usps" title="T" />)).not.toContain('sandbox-time')
  })
})
