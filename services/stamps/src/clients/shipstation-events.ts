import { deliverPendingEvents, enqueueEvent, signEvent } from '@partner-sandbox/shared'
import type { DomainContext } from '../domain/context'
import type { UspsIdentifiers } from '../domain/cop-account'

/** What each event tells ShipStation (docs/contracts/rates-labels-and-events.md). */
export interface CopEventData {
  'cop.approval_pending': UspsIdentifiers
  'cop.approved': UspsIdentifiers
  'cop.rejected': { reason: string }
  'cop.revoked': Record<string, never>
}
export type CopEventName = keyof CopEventData

/** Where ShipStation receives our signed events. */
const SHIPSTATION_EVENTS_PATH = '/partner/events'

/**
 * Tells ShipStation about a COP status change through the event outbox: signed, recorded, then
 * delivered at once; a ShipStation that is down gets it from the retry pump later. The domain
 * decides when; call it after the account change is committed.
 *
 * @example
 * await sendCopEvent(ctx, account.id, 'cop.rejected', { reason })
 */
export async function sendCopEvent<E extends CopEventName>(
  ctx: Pick<DomainContext, 'store' | 'clock' | 'baseUrl' | 'peers' | 'keys'>,
  shipstationAccountId: string,
  event: E,
  data: CopEventData[E],
): Promise<void> {
  const token = await signEvent(await ctx.keys(), {
    issuer: ctx.baseUrl,
    audience: ctx.peers.shipstation.baseUrl,
    tenant: ctx.store.tenant,
    subject: shipstationAccountId,
    event,
    data: { ...data },
    clock: ctx.clock,
  })
  await enqueueEvent(ctx.store, ctx.clock, {
    peer: 'shipstation',
    path: SHIPSTATION_EVENTS_PATH,
    token,
  })
  await deliverPendingEvents(ctx.store, ctx.peers)
}

/** Only the identifiers: the account record holds more than ShipStation needs. */
export function identifiersOf(ids: UspsIdentifiers): UspsIdentifiers {
  return { crid: ids.crid, mid: ids.mid, epsNumber: ids.epsNumber }
}
