import { join } from 'node:path'
import { configWarnings, type SandboxConfig } from './config'
import { callerPeers } from './edge/caller-peers'
import { type EventPumpOptions, startEventPump } from './event-pump'
import { httpPeerFetch } from './http-peer-fetch'
import { type ListeningService, listen } from './listen'
import type { FetchLike, ServiceName } from './peer'
import { withAdminToken } from './peer-fetch'
import type { PeerDirectory, ServiceOptions } from './service-app'
import { createMemoryStore } from './store/memory-store'
import { createSqliteStore } from './store/sqlite-store'
import type { Store } from './store/store'

/** What a Hono app is to the server: something that answers requests. */
export interface FetchHandler {
  fetch: (request: Request) => Response | Promise<Response>
}

/**
 * Peers reached over real HTTP at their configured public URLs (node:http on keep-alive
 * connections, see httpPeerFetch); calls to their control routes carry the admin token.
 */
export function httpPeers(
  config: SandboxConfig,
  baseFetch: FetchLike = httpPeerFetch,
): PeerDirectory {
  const fetch = withAdminToken(baseFetch, config.adminToken)
  const peer = (name: ServiceName) => ({ name, baseUrl: config.services[name].publicUrl, fetch })
  return { shipstation: peer('shipstation'), stamps: peer('stamps'), usps: peer('usps') }
}

/** The store `npm start` uses: `<dataDir>/<service>.sqlite`, or memory when configured. */
export function openServiceStore(config: SandboxConfig, service: ServiceName): Store {
  return config.store === 'memory'
    ? createMemoryStore()
    : createSqliteStore({ file: join(config.dataDir, `${service}.sqlite`) })
}

export interface RunningService extends ListeningService {
  service: ServiceName
  store: Store
}

/**
 * Opens the store, builds the app, binds its port and starts retrying pending events. The one
 * piece every `main.ts` and `partner-sandbox start` share.
 *
 * @example
 * const running = await runService(config, 'usps', (options) => createApp(options))
 */
export async function runService(
  config: SandboxConfig,
  service: ServiceName,
  createApp: (options: ServiceOptions) => FetchHandler,
  runOptions: { eventPump?: EventPumpOptions } = {},
): Promise<RunningService> {
  const store = openServiceStore(config, service)
  // Back-channel calls say who is calling, so the receivers' journals tell them from browsers.
  const peers = callerPeers(httpPeers(config), service)
  const app = createApp({
    store,
    peers,
    passwordCost: config.passwordCost,
    adminToken: config.adminToken,
  })
  for (const warning of configWarnings(config).filter((w) => w.startsWith(`${service}:`))) {
    console.warn(`warning: ${warning}`)
  }
  const { host, port } = config.services[service]
  const server = await listen({ fetch: app.fetch, port, host })
  const stopPump = startEventPump(store, peers, runOptions.eventPump)
  return {
    ...server,
    service,
    store,
    async close() {
      await stopPump()
      await server.close()
      await store.close()
    },
  }
}

/** Ctrl-C / SIGTERM: close servers and stores, then exit 0. */
export function closeOnSignal(running: { close(): Promise<void> }[]): void {
  let closing = false
  const stop = async (signal: string) => {
    if (closing) return
    closing = true
    console.log(`\n${signal} received, stopping...`)
    await Promise.all(running.map((r) => r.close()))
    process.exit(0)
  }
  process.once('SIGINT', () => void stop('SIGINT'))
  process.once('SIGTERM', () => void stop('SIGTERM'))
}
