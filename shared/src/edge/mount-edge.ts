import type { Hono } from 'hono'
import type { SandboxEnv } from '../app-env'
import { rejectDroppedConnections } from '../faults/fault-response'
import { faultRoutes } from '../faults/fault-routes'
import { createJournal } from '../journal/journal'
import { journalRoutes } from '../journal/journal-routes'
import type { ServiceName } from '../peer'
import { cryptoRandom, type RandomSource } from '../random'
import type { PeerDirectory } from '../service-app'
import type { Store } from '../store/store'
import { sandboxEdge } from './sandbox-edge'

export interface EdgeOptions {
  service: ServiceName
  store: Store
  /** The journal view and catalogue faults of other services reach the peers through these. */
  peers?: PeerDirectory
  /** Draws fault delays from `delayMs: [min, max]`. */
  random?: RandomSource
}

/**
 * The journal and faults of a service: `edge` goes first of all (before the JWKS route), `routes`
 * under `/__sandbox` after the tenant middleware. The app's fetch is wrapped so a dropped
 * connection rejects in-process as it does over a socket.
 *
 * @example
 * const edge = serviceEdge({ service: 'usps', store, peers })
 * app.use(edge.middleware)
 * app.route('/__sandbox', edge.routes)
 */
export function serviceEdge(options: EdgeOptions) {
  const journal = createJournal({ service: options.service })
  const random = options.random ?? cryptoRandom
  const routes = journalRoutes({ journal, service: options.service, peers: options.peers }).route(
    '/',
    faultRoutes({ service: options.service, peers: options.peers }),
  )
  return {
    journal,
    middleware: sandboxEdge({ service: options.service, store: options.store, journal, random }),
    routes,
    /** Call once the app is built. */
    wrapFetch(app: Hono<SandboxEnv>) {
      app.fetch = rejectDroppedConnections(app.fetch)
    },
  }
}
