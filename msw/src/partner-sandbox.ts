import { AsyncLocalStorage } from 'node:async_hooks'
import { randomBytes } from 'node:crypto'
import {
  createInProcessSandbox,
  type InProcessSandbox,
  type InProcessSandboxOptions,
} from '@partner-sandbox/scenarios'
import {
  type OutboxMessage,
  SERVICE_NAMES,
  type ServiceName,
  TENANT_HEADER,
} from '@partner-sandbox/shared'
import { http, type RequestHandler } from 'msw'
import { REAL_HOST_ALIASES, REAL_HOSTS } from './real-hosts'
import { type SandboxFixtures, sandboxFixtures } from './sandbox-fixtures'
import { type SandboxOAuth, sandboxOAuth } from './sandbox-oauth'

export interface PartnerSandboxOptions extends Omit<InProcessSandboxOptions, 'urls'> {
  /**
   * Base URL of each fake (default {@link REAL_HOSTS}). The services also name these in every
   * redirect, link, token issuer and audience, so what your code sees is consistent.
   */
  urls?: Partial<Record<ServiceName, string>>
  /** More origins answered by the same fake (default {@link REAL_HOST_ALIASES}). */
  aliases?: Partial<Record<ServiceName, readonly string[]>>
  /** The first tenant (default a random `msw-…` one); `newTenant()` moves to another. */
  tenant?: string
}

/** What {@link PartnerSandbox.outbox} filters on. */
export interface OutboxQuery {
  service: ServiceName
  /** Only messages to this address or phone number (case-insensitive). */
  to?: string
  channel?: 'email' | 'sms'
}

/** Options of {@link PartnerSandbox.control}. */
export interface ControlInit {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  json?: unknown
}

/** The three fakes in memory, the msw handlers that reach them, and test helpers. */
export interface PartnerSandbox {
  /** msw 2 handlers for every base URL and alias; each request gets the current tenant. */
  readonly handlers: RequestHandler[]
  /** The base URL of each fake, as configured. */
  readonly urls: Readonly<Record<ServiceName, string>>
  /** The tenant requests land in now: the one of `withTenant`, else the last `newTenant`. */
  readonly tenant: string
  /** Moves every later request to a fresh tenant (or `name`); call it in `beforeEach`. */
  newTenant(name?: string): string
  /** Runs `fn` with its requests in `tenant`, even while other tests run concurrently. */
  withTenant<T>(tenant: string, fn: () => T): T
  /** Fetch of a fake's absolute URL in the current tenant, without msw. */
  fetch(input: string | URL, init?: RequestInit): Promise<Response>
  /** A service's `/__sandbox` control API in the current tenant; answers its JSON, throws on 4xx/5xx. */
  control<T = unknown>(service: ServiceName, path: string, init?: ControlInit): Promise<T>
  /** The messages a service "sent" in the current tenant, newest first. */
  outbox(query: OutboxQuery): Promise<OutboxMessage[]>
  /** Ready-made accounts in the current tenant. */
  readonly fixtures: SandboxFixtures
  /** The user's side of the USPS OAuth consent, in plain HTTP. */
  readonly oauth: SandboxOAuth
  /** The in-process sandbox underneath (apps, stores). */
  readonly inProcess: InProcessSandbox
  close(): Promise<void>
}

const freshTenant = () => `msw-${randomBytes(5).toString('hex')}`

/**
 * The three fakes in memory behind msw handlers at the real hosts: code that calls
 * `https://apis-tem.usps.com` or `https://api.shipstation.com` reaches them unchanged, each test
 * in a tenant of its own.
 *
 * @example
 * const sandbox = createPartnerSandbox()
 * const server = setupServer(...sandbox.handlers)
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
 * beforeEach(() => sandbox.newTenant())
 * afterAll(async () => { server.close(); await sandbox.close() })
 */
export function createPartnerSandbox(options: PartnerSandboxOptions = {}): PartnerSandbox {
  const { urls: configured, aliases: configuredAliases, tenant: first, ...rest } = options
  const inProcess = createInProcessSandbox({ ...rest, urls: { ...REAL_HOSTS, ...configured } })
  const aliases = { ...REAL_HOST_ALIASES, ...configuredAliases }
  const scoped = new AsyncLocalStorage<string>()
  let current = first ?? freshTenant()
  const tenantNow = () => scoped.getStore() ?? current

  const inTenant = (request: Request): Request => {
    if (request.headers.has(TENANT_HEADER)) return request
    const headers = new Headers(request.headers)
    headers.set(TENANT_HEADER, tenantNow())
    return new Request(request, { headers })
  }
  const handlers = SERVICE_NAMES.flatMap((name) =>
    [inProcess.urls[name], ...(aliases[name] ?? [])].map((base) =>
      http.all(`${new URL(base).origin}/*`, ({ request }) =>
        inProcess.apps[name].fetch(inTenant(request)),
      ),
    ),
  )

  const fetch = (input: string | URL, init?: RequestInit) =>
    inProcess.fetch(inTenant(new Request(input, init)))

  const control = async <T>(service: ServiceName, path: string, init: ControlInit = {}) => {
    const res = await fetch(`${inProcess.urls[service]}/__sandbox${path}`, {
      method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${service} /__sandbox${path}: ${res.status} ${text}`)
    return (text ? JSON.parse(text) : undefined) as T
  }

  const outbox = async ({ service, to, channel }: OutboxQuery) => {
    const query = to ? `?to=${encodeURIComponent(to)}` : ''
    const messages = await control<OutboxMessage[]>(service, `/outbox${query}`)
    return channel ? messages.filter((m) => m.channel === channel) : messages
  }

  // The helpers call back into the sandbox (fetch, outbox) in whatever tenant is current.
  const core = { urls: inProcess.urls, fetch, outbox }
  return {
    handlers,
    urls: inProcess.urls,
    get tenant() {
      return tenantNow()
    },
    newTenant(name) {
      current = name ?? freshTenant()
      return current
    },
    withTenant: (tenant, fn) => scoped.run(tenant, fn),
    fetch,
    control,
    outbox,
    fixtures: sandboxFixtures(core),
    oauth: sandboxOAuth(core),
    inProcess,
    close: () => inProcess.close(),
  }
}
