import { Hono } from 'hono'
import * as z from 'zod'
import type { SandboxEnv } from './app-env'
import type { RealTime } from './clock'
import { listMessages } from './outbox'
import { OutboxPage } from './outbox-page'
import { parseInput } from './parse-input'
import type { Peer, ServiceName } from './peer'
import type { ServiceKeys } from './service-keys'
import type { Store } from './store/store'
import { resetClock } from './world/reset-clock'
import { worldRoutes } from './world/world-routes'

export interface ControlRoutesOptions {
  service: ServiceName
  realTime: RealTime
  /** The whole store (snapshots live beside the tenants) and the peers that share the world. */
  store: Store
  peers?: Record<ServiceName, Peer>
  keys?: () => Promise<ServiceKeys>
  /** Runs after a reset, e.g. to seed the promo code again. */
  afterReset?: (c: import('./app-env').SandboxContext) => Promise<void>
}

const OutboxQuery = z.object({ to: z.string().min(1).optional() })

/**
 * The control API every service shares, mounted at `/__sandbox`: health, outbox, clock, reset and
 * the signed events waiting to be delivered. Services add their own routes beside these.
 *
 * @example
 * app.route('/__sandbox', createControlRoutes({ service: 'usps', realTime: Date.now }))
 */
export function createControlRoutes(options: ControlRoutesOptions) {
  const { service, afterReset } = options
  const app = new Hono<SandboxEnv>()
    .get('/health', (c) => c.json({ status: 'ok', service }))
    .get('/outbox', async (c) => {
      const { to } = parseInput(OutboxQuery, c.req.query())
      const messages = await listMessages(c.var.store, { to })
      // Browsers ask for HTML first; curl, fetch and test clients get the JSON list.
      if (prefersHtml(c.req.header('accept')))
        return c.html(<OutboxPage service={service} messages={messages} />)
      return c.json(messages)
    })
    .post('/reset', async (c) => {
      // The clock is the tenant's, shared with the peers: it goes back to real time everywhere.
      const clock = await resetClock(c, options, () => c.var.store.clear())
      if (afterReset) await afterReset(c)
      return c.json({ status: 'reset', service, tenant: c.var.tenant, clock })
    })
  app.route('/', worldRoutes(options))
  return app
}

function prefersHtml(accept: string | undefined): boolean {
  return accept?.startsWith('text/html') ?? false
}
