import { CookieJar } from '@partner-sandbox/shared'

/** What the helpers need of a sandbox: its URLs and its in-tenant fetch. */
export interface SandboxCore {
  readonly urls: Readonly<Record<'shipstation' | 'stamps' | 'usps', string>>
  fetch(input: string | URL, init?: RequestInit): Promise<Response>
}

/** One answer of {@link SandboxBrowser.send}, its body read once. */
export interface BrowserAnswer {
  status: number
  location?: string
  text: string
}

/**
 * A scripted browser for the helpers: keeps cookies, follows no redirect (each hop is checked),
 * sends forms and JSON the way the pages and their `/api/v1` twins expect.
 */
export class SandboxBrowser {
  readonly #jar = new CookieJar()

  constructor(private readonly core: SandboxCore) {}

  async send(
    url: string,
    init: { method?: string; form?: Record<string, string>; json?: unknown } = {},
  ): Promise<BrowserAnswer> {
    const headers = new Headers()
    const cookie = this.#jar.headerFor(url)
    if (cookie) headers.set('cookie', cookie)
    let body: string | undefined
    if (init.form) {
      headers.set('content-type', 'application/x-www-form-urlencoded')
      body = new URLSearchParams(init.form).toString()
    } else if (init.json !== undefined) {
      headers.set('content-type', 'application/json')
      headers.set('accept', 'application/json')
      body = JSON.stringify(init.json)
    }
    const method = init.method ?? (body === undefined ? 'GET' : 'POST')
    const res = await this.core.fetch(url, { method, headers, body, redirect: 'manual' })
    this.#jar.store(url, res.headers)
    const location = res.headers.get('location')
    return {
      status: res.status,
      text: await res.text(),
      ...(location ? { location: new URL(location, url).toString() } : {}),
    }
  }

  /** `send`, and an error naming the URL and the answer unless the status is `status`. */
  async expect(
    status: number,
    url: string,
    init?: Parameters<SandboxBrowser['send']>[1],
  ): Promise<BrowserAnswer> {
    const res = await this.send(url, init)
    if (res.status !== status) {
      throw new Error(
        `${init?.method ?? 'request'} ${url}: expected ${status}, got ${res.status} ${res.text}`,
      )
    }
    return res
  }
}
