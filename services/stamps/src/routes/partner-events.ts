import { readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import type { StampsDeps } from '../deps'
import { receivePartnerEvent } from '../domain/receive-partner-event'

/** Signed events from USPS (`{"token": "<event+jwt>"}`). */
export function partnerEventRoutes(deps: StampsDeps) {
  return new Hono<SandboxEnv>().post('/partner/events', async (c) => {
    const outcome = await receivePartnerEvent(deps, c.var.store, c.var.clock, await readBody(c))
    if (outcome.status === 'duplicate') return c.json(outcome)
    return c.json({ status: outcome.status, event: outcome.event, accountId: outcome.result })
  })
}
