import { html, raw } from 'hono/html'
import {
  type Child,
  createContext,
  type FC,
  type JSXNode,
  jsx,
  type PropsWithChildren,
  useContext,
} from 'hono/jsx'
import type { HtmlEscapedString, StringBufferWithCallbacks } from 'hono/utils/html'
import type { Clock } from './clock'
import type { ServiceName } from './peer'

const BRANDS: Record<ServiceName, { name: string; color: string; accent: string }> = {
  shipstation: { name: 'ShipStation', color: '#1d6b2f', accent: '#8bc53f' },
  stamps: { name: 'Stamps.com', color: '#0b3d75', accent: '#f7a700' },
  usps: { name: 'USPS Business Portal', color: '#333366', accent: '#e71921' },
}

const CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1f2933;background:#f4f6f8}
header.brand{color:#fff;padding:12px 24px;display:flex;gap:16px;align-items:center;justify-content:space-between}
header.brand .name{font-weight:700;font-size:20px}header.brand nav a,header.brand nav button{color:#fff;margin-left:12px}
.sandbox-note{font-size:12px;opacity:.8}
main{max-width:760px;margin:24px auto;padding:0 16px}
.card{background:#fff;border-radius:8px;padding:24px;box-shadow:0 1px 3px rgba(0,0,0,.12);margin-bottom:16px}
h1{font-size:26px;margin:0 0 12px}h2{font-size:20px;margin:0 0 8px}
label{display:block;font-weight:600;margin:12px 0 4px}
label.check{display:flex;gap:8px;align-items:flex-start;font-weight:400}
input[type=text],input[type=email],input[type=password],input[type=tel],input[type=number],select{width:100%;padding:8px 10px;border:1px solid #9aa5b1;border-radius:4px;font:inherit}
input[aria-invalid=true],select[aria-invalid=true]{border-color:#c62828}
.field-error,.form-error{color:#c62828;margin:4px 0 0}
.form-error{background:#fdecea;border:1px solid #f5c2c0;padding:8px 12px;border-radius:4px}
button,.button{display:inline-block;margin-top:16px;padding:10px 18px;border:0;border-radius:4px;font:inherit;font-weight:600;cursor:pointer;text-decoration:none;color:#fff}
button.link{background:none;color:inherit;text-decoration:underline;padding:0;margin:0}
.banner{padding:12px 24px;display:flex;gap:12px;align-items:center;justify-content:space-between;border-bottom:1px solid rgba(0,0,0,.1)}
.banner.info{background:#fff8e1}.banner.success{background:#e8f5e9}
.modal-backdrop{position:fixed;inset:0;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center}
.modal{background:#fff;border-radius:8px;padding:24px;max-width:480px;box-shadow:0 8px 24px rgba(0,0,0,.3)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dl.facts dt{font-weight:600}
.muted{color:#52606d;font-size:14px}
.sandbox-footer{max-width:760px;margin:0 auto 24px;padding:0 16px;font-size:13px;color:#52606d}
`

export interface PageProps {
  service: ServiceName
  title: string
  /** Links or a sign-out form shown in the header. */
  nav?: Child
  /** Banners shown above the content on every page (ShipStation's NSA prompts). */
  banners?: Child
  /** Shown over the page (ShipStation's connection pop-up). */
  modal?: Child
}

/**
 * The HTML shell every page of every service uses, branded per service.
 *
 * @example
 * c.html(<Page service="usps" title="Sign in"><SignInForm /></Page>)
 */
export const Page: FC<PropsWithChildren<PageProps>> = ({
  service,
  title,
  nav,
  banners,
  modal,
  children,
}) => {
  return (
    <>
      {headOf(service, title)}
      {shellOf(service).top}
      {nav}
      {AFTER_NAV}
      {banners}
      {MAIN_OPEN}
      {children}
      {FOOTER}
      <SandboxTime />
      {SHELL_END}
      {modal}
      {BODY_END}
    </>
  )
}

interface Shell {
  /** From `<body>` to the opening `<nav>`. */
  top: HtmlEscapedString
  style: HtmlEscapedString
}

const SHELLS = new Map<ServiceName, Shell>()
const AFTER_NAV = raw('</nav></header>')
const MAIN_OPEN = raw('<main>')
const FOOTER = raw(
  '</main><footer class="sandbox-footer">Sandbox tools: <a href="/__sandbox/outbox">what this service sent (outbox)</a> · <a href="/__sandbox/journal/view">requests between the services (journal)</a> · <a href="/docs">API docs</a>',
)
const SHELL_END = raw('</footer>')
const BODY_END = raw('</body></html>')

/**
 * The markup around a page's own parts, as the elements `<html>`, `<head>`, `<body>`, `<header>`,
 * `<nav>`, `<main>` and `<footer>` render it, written once per service: only the title, nav,
 * banners, content, sandbox time and modal change, and rendering a dozen fixed elements on every
 * response cost as much as a short page's own content. No `<head>` element is rendered either
 * (hono/jsx makes every element rendered after one look up its namespace).
 */
function shellOf(service: ServiceName): Shell {
  let shell = SHELLS.get(service)
  if (!shell) {
    const brand = BRANDS[service]
    const css = `${CSS}header.brand{background:${brand.color}}button,.button{background:${brand.color}}a{color:${brand.color}}header.brand{border-bottom:4px solid ${brand.accent}}`
    shell = {
      style: html`<style>${css}</style>` as HtmlEscapedString,
      top: html`<body><header class="brand"><div><div class="name">${brand.name}</div><div class="sandbox-note">Partner Sandbox: simulated service, no real accounts or charges</div></div><nav>` as HtmlEscapedString,
    }
    SHELLS.set(service, shell)
  }
  return shell
}

/** `<html>` and the page's `<head>`: the title is the only part that changes. */
function headOf(service: ServiceName, title: string): HtmlEscapedString {
  return html`<html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>${`${title} | ${BRANDS[service].name} (sandbox)`}</title>${shellOf(service).style}</head>` as HtmlEscapedString
}

/**
 * The clock of the request being rendered: the service frame provides it around every `c.html`
 * (see createServiceApp), so no page has to pass it.
 */
export const SandboxClock = createContext<Clock | undefined>(undefined)

/** The clock of the page {@link renderPage} is rendering, while it renders. */
let renderingClock: Clock | undefined

/** The tenant's sandbox time, for trainers who moved the clock. */
const SandboxTime: FC = () => {
  const clock = renderingClock ?? useContext(SandboxClock)
  if (!clock) return null
  const now = clock.now()
  const shown = `${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`
  // Written as HTML, not two elements: it is on every page.
  return html`<span class="sandbox-time"> · Sandbox time: <time datetime="${now.toISOString()}">${shown}</time>${clock.frozen ? ' (frozen)' : ''}</span>` as HtmlEscapedString
}

const PAGE_HEAD = '<html lang="en"><head><meta charset="utf-8"/>'
const HEAD_ELEMENT = /<head[\s/>]/g

/**
 * A page rendered with the request's sandbox clock, in one synchronous pass. hono/jsx starts
 * every render it is asked for (`toString`) inside an AsyncLocalStorage run, for async
 * components' context; on Node 20 the first run turns on promise hooks for the whole process, and
 * every promise after it pays for them. Our pages are synchronous, so the clock is held for the
 * length of the pass instead. What needs hono's own render goes through it, for the same bytes:
 * async parts or callbacks, and `<svg>` or a `<head>` element, whose namespace context does
 * not reach the nested render hono starts inside a context provider.
 *
 * @example
 * c.html(renderPage(<SignInPage />, c.get('clock')))
 */
export function renderPage(
  page: JSXNode,
  clock: Clock | undefined,
): HtmlEscapedString | Promise<HtmlEscapedString> {
  const buffer = [''] as StringBufferWithCallbacks
  renderingClock = clock
  try {
    page.toStringToBuffer(buffer)
  } finally {
    renderingClock = undefined
  }
  const [html] = buffer
  if (buffer.length === 1 && !buffer.callbacks && typeof html === 'string' && plainMarkup(html))
    return raw(html)
  // The pass is thrown away: an async part it started must not become an unhandled rejection.
  for (const part of buffer) if (part instanceof Promise) part.catch(() => {})
  const provided = jsx(SandboxClock.Provider, { value: clock }, page) as unknown as JSXNode
  return provided.toString() as HtmlEscapedString | Promise<HtmlEscapedString>
}

/** No `<svg>`, and no `<head>` but the one {@link Page} writes as HTML. */
function plainMarkup(html: string): boolean {
  if (html.includes('<svg')) return false
  const heads = html.match(HEAD_ELEMENT)?.length ?? 0
  return heads === 0 || (heads === 1 && html.startsWith(PAGE_HEAD))
}
