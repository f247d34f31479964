import {
  type Clock,
  deliverPendingEvents,
  enqueueEvent,
  signEvent,
  type TenantStore,
} from '@partner-sandbox/shared'
import type { StampsDeps } from '../deps'
import type { UspsIdentifiers } from './cop-account'

export type CopEventName = 'cop.approval_pending' | 'cop.approved'

/**
 * Tells ShipStation about a COP status change through the event outbox: signed, recorded, then
 * delivered at once; a ShipStation that is down gets it from the retry pump later. Call it after
 * the account change is committed.
 *
 * @example
 * await sendCopEvent(deps, store, clock, account.id, 'cop.approval_pending', identifiers)
 */
export async function sendCopEvent(
  deps: Pick<StampsDeps, 'peers' | 'keys'>,
  store: TenantStore,
  clock: Clock,
  shipstationAccountId: string,
  event: CopEventName,
  ids: UspsIdentifiers,
): Promise<void> {
  const token = await signEvent(await deps.keys(), {
    issuer: deps.peers.stamps.baseUrl,
    audience: deps.peers.shipstation.baseUrl,
    tenant: store.tenant,
    subject: shipstationAccountId,
    event,
    data: { crid: ids.crid, mid: ids.mid, epsNumber: ids.epsNumber },
    clock,
  })
  await enqueueEvent(store, clock, { peer: 'shipstation', path: '/partner/events', token })
  await deliverPendingEvents(store, deps.peers)
}
