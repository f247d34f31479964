import {
  createMemoryStore,
  type FetchLike,
  type PeerDirectory,
  type RandomSource,
  type RealTime,
  type RunningService,
  runService,
  type SandboxConfig,
  SERVICE_NAMES,
  type ServiceName,
  type Store,
} from '@partner-sandbox/shared'
import { UnknownOriginError } from './errors'
import { inProcessRequest } from './in-process-request'
import { type Hop, serviceOf } from './runner/hops'
import { createServiceApp, type ServiceApps } from './service-apps'

/** Base URLs of the in-process sandbox; nothing listens there, `fetch` routes by origin. */
export const IN_PROCESS_URLS: Readonly<Record<ServiceName, string>> = Object.freeze({
  shipstation: 'http://shipstation.sandbox.test',
  stamps: 'http://stamps.sandbox.test',
  usps: 'http://usps.sandbox.test',
})

export interface InProcessSandboxOptions {
  /**
   * Base URLs the services answer at and name in every link, redirect, token issuer and audience
   * (default {@link IN_PROCESS_URLS}); e.g. the real hosts, for code that calls them unchanged.
   */
  urls?: Partial<Record<ServiceName, string>>
  /** Real time the tenant clocks are offset from; tests pass a fixed function. */
  realTime?: RealTime
  /** Source of generated numbers; a seeded one makes codes and EPS numbers repeatable. */
  random?: RandomSource
  /** Stores to use instead of fresh memory stores (e.g. SQLite files to test a restart). */
  stores?: Partial<Record<ServiceName, Store>>
  /** Told of every call one service makes to another (tokens, events), for reports. */
  onPeerRequest?: (hop: Hop) => void
}

export interface InProcessSandbox {
  apps: ServiceApps
  peers: PeerDirectory
  urls: Readonly<Record<ServiceName, string>>
  stores: Record<ServiceName, Store>
  /** Fetch for any absolute URL of the three services; another origin rejects with a clear error. */
  fetch: FetchLike
  close(): Promise<void>
}

/**
 * The three services wired to each other without sockets: each peer's fetch calls the other app's
 * `fetch` directly, so tests, msw and `partner-sandbox run` exercise the same code as real ports.
 *
 * @example
 * const sandbox = createInProcessSandbox()
 * const res = await sandbox.fetch('http://usps.sandbox.test/__sandbox/health')
 */
export function createInProcessSandbox(options: InProcessSandboxOptions = {}): InProcessSandbox {
  const urls: Readonly<Record<ServiceName, string>> = Object.freeze(
    Object.fromEntries(
      SERVICE_NAMES.map((name) => [
        name,
        (options.urls?.[name] ?? IN_PROCESS_URLS[name]).replace(/\/$/, ''),
      ]),
    ) as Record<ServiceName, string>,
  )
  const stores = Object.fromEntries(
    SERVICE_NAMES.map((name) => [name, options.stores?.[name] ?? createMemoryStore()]),
  ) as Record<ServiceName, Store>
  const byOrigin = new Map<string, ServiceName>(
    SERVICE_NAMES.map((name) => [new URL(urls[name]).origin, name]),
  )
  // A Request's URL is serialised: it starts with its origin and a slash, so no parse is needed.
  const origins = [...byOrigin].map(([origin, name]) => [`${origin}/`, name] as const)
  const serviceAt = (url: string): ServiceName | undefined =>
    origins.find(([prefix]) => url.startsWith(prefix))?.[1]
  // Apps are built after the directory that refers to them; the lookup happens per request.
  const fetch: FetchLike = async (input, init) => {
    const request = requestOf(input, init)
    const name = serviceAt(request.url)
    if (!name) throw new UnknownOriginError(request.url, Object.values(urls))
    return apps[name].fetch(request)
  }
  const directory = (fetchOf: (name: ServiceName) => FetchLike): PeerDirectory => ({
    shipstation: { name: 'shipstation', baseUrl: urls.shipstation, fetch: fetchOf('shipstation') },
    stamps: { name: 'stamps', baseUrl: urls.stamps, fetch: fetchOf('stamps') },
    usps: { name: 'usps', baseUrl: urls.usps, fetch: fetchOf('usps') },
  })
  const peers = directory(() => fetch)
  const observe = options.onPeerRequest
  // Each caller gets its own directory only when someone listens, so calls can say who made them.
  const peersOf = (from: ServiceName): PeerDirectory =>
    observe ? directory(() => observedFetch(from, fetch, urls, observe)) : peers
  const serviceOptions = (name: ServiceName) => ({
    store: stores[name],
    peers: peersOf(name),
    realTime: options.realTime,
    random: options.random,
  })
  const apps: ServiceApps = {
    shipstation: createServiceApp('shipstation', serviceOptions('shipstation')),
    stamps: createServiceApp('stamps', serviceOptions('stamps')),
    usps: createServiceApp('usps', serviceOptions('usps')),
  }
  return {
    apps,
    peers,
    urls,
    stores,
    fetch,
    close: async () => {
      await Promise.all(SERVICE_NAMES.map((name) => stores[name].close()))
    },
  }
}

export interface HttpSandboxOptions {
  /** Only these services (default all three); the others are expected at their public URLs. */
  only?: readonly ServiceName[]
  random?: RandomSource
}

export interface HttpSandbox {
  services: Partial<Record<ServiceName, RunningService>>
  urls: Record<ServiceName, string>
  close(): Promise<void>
}

/**
 * Serves the services on their configured ports with their configured stores (what `npm start`
 * does), each through shared `runService`. If one cannot start, the ones already started close.
 *
 * @example
 * const sandbox = await startHttpSandbox(parseSandboxConfig(process.env))
 * closeOnSignal([sandbox])
 */
export async function startHttpSandbox(
  config: SandboxConfig,
  options: HttpSandboxOptions = {},
): Promise<HttpSandbox> {
  const services: Partial<Record<ServiceName, RunningService>> = {}
  const close = async () => {
    await Promise.all(Object.values(services).map((s) => s.close()))
  }
  try {
    for (const name of options.only ?? SERVICE_NAMES) {
      services[name] = await runService(config, name, (o) =>
        createServiceApp(name, { ...o, random: options.random ?? o.random }),
      )
    }
  } catch (error) {
    await close()
    throw error
  }
  const urls = Object.fromEntries(
    SERVICE_NAMES.map((name) => [name, config.services[name].publicUrl]),
  ) as Record<ServiceName, string>
  return { services, urls, close }
}

function observedFetch(
  from: ServiceName,
  fetch: FetchLike,
  urls: Readonly<Record<ServiceName, string>>,
  observe: (hop: Hop) => void,
): FetchLike {
  return async (input, init) => {
    const request = requestOf(input, init)
    const at = performance.now()
    const response = await fetch(request)
    const location = response.headers.get('location')
    observe({
      from,
      to: serviceOf(request.url, urls),
      method: request.method,
      url: request.url,
      status: response.status,
      ...(location ? { location: new URL(location, request.url).toString() } : {}),
      at,
      ms: Math.round(performance.now() - at),
    })
    return response
  }
}

/**
 * The request to hand an app. A Request with nothing to add is passed on as it is: copying it
 * tees its body into a new stream, a cost every in-process hop paid twice. A URL and an init
 * become an `inProcessRequest`, which builds undici's Request only if the app asks for more.
 */
function requestOf(input: Request | string | URL, init?: RequestInit): Request {
  if (input instanceof Request && init === undefined) return input
  const request =
    input instanceof Request ? new Request(input, init) : inProcessRequest(input, init)
  // As fetch sends a body of known length on the wire; in-process, it also spares the body limit
  // a read and a copy of the body to learn its size.
  const body = init?.body
  if (typeof body === 'string' && !request.headers.has('content-length'))
    request.headers.set('content-length', String(Buffer.byteLength(body)))
  return request
}
