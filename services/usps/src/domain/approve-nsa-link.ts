import { NotFoundError, REP_REJECTS_REASON, takeFaultFlag } from '@partner-sandbox/shared'
import { NsaApprovalBlockedError } from '../errors'
import { announceNsaLink, type NsaLinkPartners } from './announce-nsa-link'
import type { DomainContext } from './context'
import { ensureContract } from './nsa-contract'
import { changeNsaLink, getNsaLink, type NsaLink } from './nsa-link'
import { getPaymentAccount, type PaymentAccount } from './payment-account'
import { rejectNsaLink } from './reject-nsa-link'

export type { NsaLinkPartners } from './announce-nsa-link'

/**
 * Why the representative cannot approve yet, or undefined when they can: NSA rates are charged
 * to the EPA, so it must be Active (a pending ACH account waits for its micro-debits).
 */
export function approvalBlocker(epa: Pick<PaymentAccount, 'status'>): string | undefined {
  if (epa.status === 'active') return undefined
  if (epa.status === 'pending_verification') {
    return 'The Enterprise Payment Account is still pending verification: the customer must confirm the two ACH micro-debits in the Business Portal before the link can be approved.'
  }
  return 'The customer has no active Enterprise Payment Account: they must add one in the Business Portal before the link can be approved.'
}

/**
 * pending -> approved, seeds the customer's NSA contract (unless edited already), then queues
 * the signed `nsa_link.approved` event. A second approval is a 409, an EPA that is not Active a
 * 409 saying why, an unknown id a 404. `eventId` names the event waiting for delivery, if any.
 * While the fault catalogue's `usps.rep-rejects` is armed, the representative rejects instead
 * (with `REP_REJECTS_REASON`): the answer is the rejected link and its `nsa_link.rejected` event.
 *
 * @example
 * const { link, eventId } = await approveNsaLink(ctx, partners, 'nsa_123')
 */
export async function approveNsaLink(
  ctx: DomainContext,
  partners: NsaLinkPartners | undefined,
  id: string,
): Promise<{ link: NsaLink; eventId?: string }> {
  const current = await getNsaLink(ctx, id)
  if (!current) throw new NotFoundError(`No NSA link request ${id} exists in this tenant.`)
  if (current.status === 'pending') {
    // Fixtures (no partners) build a state; only the representative's decision is faulted.
    if (partners && (await takeFaultFlag(ctx.store, 'usps.rep-rejects'))) {
      return rejectNsaLink(ctx, partners, id, { reason: REP_REJECTS_REASON })
    }
    const blocker = approvalBlocker(await getPaymentAccount(ctx, current.uspsAccountId))
    if (blocker) throw new NsaApprovalBlockedError(blocker)
  }
  const link = await changeNsaLink(ctx, id, 'approve')
  if (!link) throw new NotFoundError(`No NSA link request ${id} exists in this tenant.`)
  await ensureContract(ctx, link.epsNumber)
  // Fixtures pass no partners: they have no platform side to tell.
  const eventId = partners
    ? await announceNsaLink(ctx, partners, 'nsa_link.approved', link)
    : undefined
  return { link, eventId }
}
