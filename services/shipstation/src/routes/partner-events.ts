import { applySignedEvent, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { applyPartnerEvent } from '../domain/partner-events'
import { domainContext, type RouteDeps } from '../lib/route-deps'

/**
 * `POST /partner/events`: signed events from Stamps.com (`cop.approval_pending`, `cop.approved`).
 * A redelivered event (same `jti`) is acknowledged and ignored; a refused one can be redelivered.
 */
export function partnerEventRoutes(deps: RouteDeps) {
  return new Hono<SandboxEnv>().post('/partner/events', async (c) => {
    const outcome = await applySignedEvent(
      await readBody(c),
      deps.stampsKeySet,
      {
        issuer: deps.peers.stamps.baseUrl,
        audience: deps.peers.shipstation.baseUrl,
        store: c.var.store,
        clock: c.var.clock,
      },
      (received) => applyPartnerEvent(domainContext(c, deps), received),
    )
    if (outcome.status === 'duplicate') return c.json(outcome)
    return c.json({
      status: 'processed',
      event: outcome.event,
      accountId: outcome.result.id,
      copStatus: outcome.result.copStatus,
    })
  })
}
