import {
  CookieJar,
  type FetchLike,
  type OutboxMessage,
  type ServiceName,
  TENANT_HEADER,
} from '@partner-sandbox/shared'
import { StepFailedError } from '../errors'
import { type CarriedValue, carriedIn, type Hop } from './hops'

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
  /** The request the step sent first, before any redirect. */
  request: { method: string; url: string; body?: string }
}

const MAX_REDIRECTS = 10
const REDIRECTS = [301, 302, 303, 307, 308]
export const FIRST_TAB = 'main'

/**
 * A scripted browser and API client with one cookie jar for the whole run, shared by its tabs as a
 * browser's tabs share cookies. Records every request it makes as a hop.
 */
export class ScenarioClient {
  readonly hops: Hop[] = []
  /** The outbox messages captures read, in order. */
  readonly outbox: (OutboxMessage & { service: ServiceName })[] = []
  /** The tab steps act in; `click` on a target=_blank link opens and switches to a new one. */
  tab = FIRST_TAB
  /** The step now running, written on its hops. */
  step?: string
  /**
   * The tenant the next requests carry: the target's, or a step's own (a trainee's fork). Each
   * tenant has its own cookies, as its sessions mean nothing in another tenant.
   */
  tenant: string | undefined
  readonly #tabs = new Map<string, Exchange | undefined>([[FIRST_TAB, undefined]])
  readonly #jars = new Map<string, CookieJar>()
  constructor(readonly target: ScenarioTarget) {
    this.tenant = target.tenant
  }

  /** The cookie jar of the tenant the client acts in now. */
  get jar(): CookieJar {
    const key = this.tenant ?? ''
    let jar = this.#jars.get(key)
    if (!jar) {
      jar = new CookieJar()
      this.#jars.set(key, jar)
    }
    return jar
  }

  /** The page the current tab is on: where its last open, click or submit ended. */
  get page(): Exchange | undefined {
    return this.#tabs.get(this.tab)
  }
  set page(exchange: Exchange | undefined) {
    this.#tabs.set(this.tab, exchange)
  }

  get tabs(): string[] {
    return [...this.#tabs.keys()]
  }

  /** Switches to a tab; `create` opens it when there is none of that name (an `open` step). */
  useTab(name: string, create: boolean): void {
    if (!this.#tabs.has(name)) {
      if (!create)
        throw new StepFailedError(`no tab named "${name}" (tabs: ${this.tabs.join(', ')})`)
      this.#tabs.set(name, undefined)
    }
    this.tab = name
  }

  /** Opens a new tab and switches to it, as a browser does for a target=_blank link. */
  openTab(name?: string): string {
    let tab = name
    for (let n = this.#tabs.size + 1; !tab; n++) if (!this.#tabs.has(`tab${n}`)) tab = `tab${n}`
    this.#tabs.set(tab, undefined)
    this.tab = tab
    return tab
  }

  /** `/path` on a service, or an absolute URL as it is. */
  resolve(pathOrUrl: string, service?: ServiceName): string {
    if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl
    if (!service) throw new StepFailedError(`name the service for ${pathOrUrl}`)
    return new URL(pathOrUrl, `${this.target.urls[service]}/`).toString()
  }

  async send(options: SendOptions): Promise<Exchange> {
    let { method, url, body } = options
    const request = { method, url, body: body === undefined ? undefined : String(body) }
    const redirects: string[] = []
    for (;;) {
      const response = await this.#fetchOnce(method, url, options.headers, body)
      const location = response.headers.get('location')
      if (!REDIRECTS.includes(response.status) || !location || !options.follow) {
        const text = await response.text()
        if (location) redirects.push(new URL(location, url).toString())
        const { headers, status } = response
        return { method, url, status, headers, body: text, redirects, request }
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
    if (this.tenant) headers.set(TENANT_HEADER, this.tenant)
    if (body instanceof URLSearchParams) {
      headers.set('content-type', 'application/x-www-form-urlencoded')
      // What a browser sends with a form: the origin of the page the form is on.
      const from = headers.get('origin') ?? new URL(this.page?.url ?? url).origin
      headers.set('origin', from)
      headers.set('sec-fetch-site', from === new URL(url).origin ? 'same-origin' : 'cross-site')
    }
    // As a browser and fetch send it on the wire; in-process, it also spares the body limit a
    // read and a copy of the body to learn its size.
    const payload = body instanceof URLSearchParams ? body.toString() : body
    if (payload !== undefined) headers.set('content-length', String(Buffer.byteLength(payload)))
    const at = performance.now()
    let response: Response
    try {
      // A URL and an init, not a Request: the in-process sandbox then builds a light one.
      response = await this.target.fetch(url, {
        method,
        headers,
        body: payload,
        redirect: 'manual',
      })
    } catch (cause) {
      throw new StepFailedError(`${method} ${url} failed: ${(cause as Error).message}`, cause)
    }
    this.jar.store(url, response.headers)
    this.#record(method, url, response, at)
    return response
  }

  #record(method: string, url: string, response: Response, at: number): void {
    const raw = response.headers.get('location')
    const location = raw ? new URL(raw, url).toString() : undefined
    const hop: Hop = {
      from: 'browser',
      to: this.#serviceOf(url),
      method,
      url,
      status: response.status,
      ...(location ? { location } : {}),
      ...(this.step ? { step: this.step } : {}),
      at,
      ms: Math.round(performance.now() - at),
    }
    // What the browser carries from one service to another: in the Location of a redirect, or
    // in the URL of a link it follows (the consent page's "Go to Auctane" holds the OAuth code).
    this.hops.push(withCarried(hop, location ? [url, location] : [url]))
  }

  /** `serviceOf` with the target's origins worked out once, not for every request. */
  #serviceOf(url: string): ServiceName | undefined {
    this.#origins ??= originsOf(this.target.urls)
    // A URL that starts with an origin and a slash has that origin: no need to parse it.
    for (const [origin, name] of this.#origins) if (url.startsWith(`${origin}/`)) return name
    let origin: string
    try {
      origin = new URL(url).origin
    } catch {
      return undefined
    }
    return this.#origins.get(origin)
  }
  #origins: Map<string, ServiceName> | undefined
}

/** Origin -> service, the first service of an origin winning as in `serviceOf`. */
function originsOf(urls: Readonly<Record<ServiceName, string>>): Map<string, ServiceName> {
  const origins = new Map<string, ServiceName>()
  for (const [name, base] of Object.entries(urls) as [ServiceName, string][]) {
    const origin = new URL(base).origin
    if (!origins.has(origin)) origins.set(origin, name)
  }
  return origins
}

/**
 * Gives a hop its `carried` values, decoded (JWTs too) only when a report first reads them: a run
 * nobody reports on never pays for it. Enumerable, so spreads and JSON see it as a plain field.
 */
function withCarried(hop: Hop, urls: string[]): Hop {
  let carried: CarriedValue[] | undefined
  let decoded = false
  return Object.defineProperty(hop, 'carried', {
    enumerable: true,
    configurable: true,
    get() {
      if (!decoded) {
        const found = urls.flatMap(carriedIn)
        carried = found.length > 0 ? found : undefined
        decoded = true
      }
      return carried
    },
  })
}
