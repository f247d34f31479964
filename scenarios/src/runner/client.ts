import { CookieJar, type FetchLike, type ServiceName, TENANT_HEADER } from '@partner-sandbox/shared'
import { StepFailedError } from '../errors'

/** Where a scenario runs: the services' base URLs, how to reach them, and the tenant to use. */
export interface ScenarioTarget {
  urls: Record<ServiceName, string>
  fetch: FetchLike
  /** Sent as X-Sandbox-Tenant on every request, so runs against shared servers never collide. */
  tenant?: string
}

export interface SendOptions {
  method: string
  url: string
  headers?: Record<string, string>
  body?: string | URLSearchParams
  follow: boolean
}

/** One step's request and the answer it ended with (after any redirects it followed). */
export interface Exchange {
  method: string
  url: string
  status: number
  headers: Headers
  body: string
  /** Absolute Location of every redirect seen, in order. */
  redirects: string[]
}

const MAX_REDIRECTS = 10
const REDIRECTS = [301, 302, 303, 307, 308]

/** A scripted browser and API client with one cookie jar for the whole run. */
export class ScenarioClient {
  readonly jar = new CookieJar()
  /** The page the browser is on: where the last open, click or submit ended. */
  page?: Exchange
  constructor(readonly target: ScenarioTarget) {}

  /** `/path` on a service, or an absolute URL as it is. */
  resolve(pathOrUrl: string, service?: ServiceName): string {
    if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl
    if (!service) throw new StepFailedError(`name the service for ${pathOrUrl}`)
    return new URL(pathOrUrl, `${this.target.urls[service]}/`).toString()
  }

  async send(options: SendOptions): Promise<Exchange> {
    let { method, url, body } = options
    const redirects: string[] = []
    for (;;) {
      const response = await this.#fetchOnce(method, url, options.headers, body)
      const location = response.headers.get('location')
      if (!REDIRECTS.includes(response.status) || !location || !options.follow) {
        const text = await response.text()
        if (location) redirects.push(new URL(location, url).toString())
        return {
          method,
          url,
          status: response.status,
          headers: response.headers,
          body: text,
          redirects,
        }
      }
      await response.body?.cancel()
      if (redirects.length >= MAX_REDIRECTS) {
        throw new StepFailedError(`more than ${MAX_REDIRECTS} redirects, last to ${location}`)
      }
      url = new URL(location, url).toString()
      redirects.push(url)
      // 307/308 repeat the request; the others turn it into a GET, as browsers do.
      if (![307, 308].includes(response.status)) {
        method = 'GET'
        body = undefined
      }
    }
  }

  async #fetchOnce(
    method: string,
    url: string,
    extra: Record<string, string> = {},
    body: string | URLSearchParams | undefined,
  ): Promise<Response> {
    const headers = new Headers(extra)
    const cookie = this.jar.headerFor(url)
    if (cookie) headers.set('cookie', cookie)
    if (this.target.tenant) headers.set(TENANT_HEADER, this.target.tenant)
    if (body instanceof URLSearchParams) {
      headers.set('content-type', 'application/x-www-form-urlencoded')
      // What a browser sends with a form: the origin of the page the form is on.
      const from = headers.get('origin') ?? new URL(this.page?.url ?? url).origin
      headers.set('origin', from)
      headers.set('sec-fetch-site', from === new URL(url).origin ? 'same-origin' : 'cross-site')
    }
    let response: Response
    try {
      response = await this.target.fetch(
        new Request(url, { method, headers, body, redirect: 'manual' }),
      )
    } catch (cause) {
      throw new StepFailedError(`${method} ${url} failed: ${(cause as Error).message}`, cause)
    }
    this.jar.store(url, response.headers)
    return response
  }
}
