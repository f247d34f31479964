import { deliverPendingEvents, enqueueEvent, signEvent } from '@partner-sandbox/shared'
import type { DomainContext } from '../domain/context'
import type { UspsIdentifiers } from '../domain/cop-account'

export type CopEventName = 'cop.approval_pending' | 'cop.approved'

/** Where ShipStation receives our signed events. */
const SHIPSTATION_EVENTS_PATH = '/partner/events'

/**
 * Tells ShipStation about a COP status change through the event outbox: signed, recorded, then
 * delivered at once; a ShipStation that is down gets it from the retry pump later. The domain
 * decides when; call it after the account change is committed.
 *
 * @example
 * await sendCopEvent(ctx, account.id, 'cop.approval_pending', identifiers)
 */
export async function sendCopEvent(
  ctx: Pick<DomainContext, 'store' | 'clock' | 'baseUrl' | 'peers' | 'keys'>,
  shipstationAccountId: string,
  event: CopEventName,
  ids: UspsIdentifiers,
): Promise<void> {
  const token = await signEvent(await ctx.keys(), {
    issuer: ctx.baseUrl,
    audience: ctx.peers.shipstation.baseUrl,
    tenant: ctx.store.tenant,
    subject: shipstationAccountId,
    event,
    data: { crid: ids.crid, mid: ids.mid, epsNumber: ids.epsNumber },
    clock: ctx.clock,
  })
  await enqueueEvent(ctx.store, ctx.clock, {
    peer: 'shipstation',
    path: SHIPSTATION_EVENTS_PATH,
    token,
  })
  await deliverPendingEvents(ctx.store, ctx.peers)
}
