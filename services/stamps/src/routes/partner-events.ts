import { readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { receivePartnerEvent } from '../domain/receive-partner-event'
import { domainContext, type StampsRuntime } from '../runtime'

/** Signed events from USPS (`{"token": "<event+jwt>"}`). */
export function partnerEventRoutes(runtime: StampsRuntime) {
  return new Hono<SandboxEnv>().post('/partner/events', async (c) => {
    const outcome = await receivePartnerEvent(domainContext(c, runtime), await readBody(c))
    if (outcome.status === 'duplicate') return c.json(outcome)
    return c.json({ status: outcome.status, event: outcome.event, accountId: outcome.result })
  })
}
