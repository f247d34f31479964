import { Hono } from 'hono'
import { z } from 'zod'
import type { SandboxEnv } from './app-env'
import { ClockChange, changeClock, type RealTime } from './clock'
import { listEvents } from './event-outbox'
import { eventView } from './event-view'
import { listMessages } from './outbox'
import { OutboxPage } from './outbox-page'
import { parseInput } from './parse-input'
import type { ServiceName } from './peer'
import { readBody } from './read-body'

export interface ControlRoutesOptions {
  service: ServiceName
  realTime: RealTime
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
export function createControlRoutes({ service, realTime, afterReset }: ControlRoutesOptions) {
  return new Hono<SandboxEnv>()
    .get('/health', (c) => c.json({ status: 'ok', service }))
    .get('/outbox', async (c) => {
      const { to } = parseInput(OutboxQuery, c.req.query())
      const messages = await listMessages(c.var.store, { to })
      // Browsers ask for HTML first; curl, fetch and test clients get the JSON list.
      if (prefersHtml(c.req.header('accept')))
        return c.html(<OutboxPage service={service} messages={messages} />)
      return c.json(messages)
    })
    .get('/clock', (c) => c.json({ now: c.var.clock.now().toISOString(), tenant: c.var.tenant }))
    .post('/clock', async (c) => {
      const change = parseInput(ClockChange, await readBody(c))
      const clock = await changeClock(c.var.store, realTime, change)
      c.set('clock', clock)
      return c.json({ now: clock.now().toISOString(), tenant: c.var.tenant })
    })
    .post('/reset', async (c) => {
      await c.var.store.clear()
      if (afterReset) await afterReset(c)
      return c.json({ status: 'reset', service, tenant: c.var.tenant })
    })
    .get('/events', async (c) => c.json((await listEvents(c.var.store)).map(eventView)))
}

function prefersHtml(accept: string | undefined): boolean {
  return accept?.startsWith('text/html') ?? false
}
