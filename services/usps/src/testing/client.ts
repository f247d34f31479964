// Test support only: a cookie-keeping browser for the USPS app.
import { CookieJar } from '@partner-sandbox/shared'

export const USPS_URL = 'http://usps.test'

export type Requester = {
  request: (path: string, init?: RequestInit) => Response | Promise<Response>
}

/** Keeps cookies between requests like a browser tab; forms post urlencoded. */
export class TestBrowser {
  private readonly jar = new CookieJar()
  constructor(private app: Requester) {}

  use(app: Requester): this {
    this.app = app
    return this
  }

  async get(path: string): Promise<Response> {
    return this.send(path, { method: 'GET' })
  }

  async post(path: string, form: Record<string, string> = {}): Promise<Response> {
    return this.send(path, {
      method: 'POST',
      // What a browser sends with a form posted from the service's own page.
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: USPS_URL,
        'sec-fetch-site': 'same-origin',
      },
      body: new URLSearchParams(form).toString(),
    })
  }

  async json(method: string, path: string, body?: unknown): Promise<Response> {
    return this.send(path, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  }

  cookie(name: string): string | undefined {
    return this.jar.valueOf(USPS_URL, name)
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    const url = new URL(path, USPS_URL).toString()
    const headers = new Headers(init.headers)
    const cookie = this.jar.headerFor(url)
    if (cookie) headers.set('cookie', cookie)
    const res = await this.app.request(url, { ...init, headers })
    this.jar.store(url, res.headers)
    return res
  }
}

/** Path and query of an absolute or relative Location header. */
export function locationOf(res: Response): string {
  const location = res.headers.get('location')
  if (!location) throw new Error(`no redirect (status ${res.status})`)
  const url = new URL(location, USPS_URL)
  return url.origin === USPS_URL ? url.pathname + url.search : url.toString()
}
