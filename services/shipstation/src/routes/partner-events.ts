import { applySignedEvent, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { applyPartnerEvent } from '../domain/partner-events'
import { applyUspsEvent } from '../domain/promo-code-issued'
import { domainContext, type ShipStationRuntime } from '../runtime'

/** The `iss` of an event token, read before verification only to pick whose keys verify it. */
function issuerOf(body: Record<string, unknown>): string | undefined {
  const token = typeof body.token === 'string' ? body.token : ''
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())
    return typeof payload?.iss === 'string' ? payload.iss : undefined
  } catch {
    return undefined
  }
}

/**
 * `POST /partner/events`: signed events from Stamps.com (`cop.approval_pending`, `cop.approved`,
 * `cop.rejected`, `cop.revoked`) and from USPS (`promo_code.issued`), each verified with its
 * sender's JWKS. A redelivered event (same `jti`) is acknowledged and ignored; a refused one can
 * be redelivered.
 */
export function partnerEventRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>().post('/partner/events', async (c) => {
    const body = await readBody(c)
    const options = {
      audience: runtime.peers.shipstation.baseUrl,
      store: c.var.store,
      clock: c.var.clock,
    }
    if (issuerOf(body) === runtime.peers.usps.baseUrl) {
      const outcome = await applySignedEvent(
        body,
        runtime.uspsKeySet,
        { ...options, issuer: runtime.peers.usps.baseUrl },
        (received) => applyUspsEvent(domainContext(c, runtime), received),
      )
      if (outcome.status === 'duplicate') return c.json(outcome)
      return c.json({ status: 'processed', event: outcome.event, promoCode: outcome.result.code })
    }
    const outcome = await applySignedEvent(
      body,
      runtime.stampsKeySet,
      { ...options, issuer: runtime.peers.stamps.baseUrl },
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
