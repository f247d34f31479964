import { applySignedEvent, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { applyPartnerEvent } from '../domain/partner-events'
import { domainContext, type ShipStationRuntime } from '../runtime'

/**
 * `POST /partner/events`: signed events from Stamps.com (`cop.approval_pending`, `cop.approved`).
 * A redelivered event (same `jti`) is acknowledged and ignored; a refused one can be redelivered.
 */
export function partnerEventRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>().post('/partner/events', async (c) => {
    const outcome = await applySignedEvent(
      await readBody(c),
      runtime.stampsKeySet,
      {
        issuer: runtime.peers.stamps.baseUrl,
        audience: runtime.peers.shipstation.baseUrl,
        store: c.var.store,
        clock: c.var.clock,
      },
      (received) => applyPartnerEvent(domainContext(c, runtime), received),
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
