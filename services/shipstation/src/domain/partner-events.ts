import { parseInput, type ReceivedEvent } from '@partner-sandbox/shared'
import * as z from 'zod'
import { UnknownEventError } from '../errors'
import { type Account, type CopIdentifiers, getAccount, updateAccount } from './accounts'
import type { DomainContext } from './context'
import { COP_EVENTS, copFlowOpen, isCopEvent, nextCopStatus } from './cop-status'

const RejectionData = z.object({
  reason: z.string({ error: 'reason is required' }).trim().min(1, 'reason is required'),
})

// Stamps.com names the EPS number `epsNumber`; `eps` is accepted as well.
const CopEventData = z
  .object({
    crid: z.string().optional(),
    mid: z.string().optional(),
    epsNumber: z.string().optional(),
    eps: z.string().optional(),
  })
  .transform(({ eps, ...rest }): CopIdentifiers => {
    const epsNumber = rest.epsNumber ?? eps
    return {
      ...(rest.crid ? { crid: rest.crid } : {}),
      ...(rest.mid ? { mid: rest.mid } : {}),
      ...(epsNumber ? { epsNumber } : {}),
    }
  })

/**
 * Applies a verified, first-seen event from Stamps.com to the account named by its `sub`:
 * `cop.approval_pending` keeps the USPS identifiers (a new request after a rejection or revocation
 * shows the approval banner again), `cop.approved` activates NSA rates, `cop.rejected` keeps the
 * representative's reason, `cop.revoked` stops NSA rates (the connect prompts come back). Unknown
 * events (422), malformed data (400), unknown accounts (404) and out-of-order events (409)
 * change nothing.
 *
 * @example
 * const account = await applyPartnerEvent(ctx, await receiveSignedEvent(body, keySet, options))
 */
export async function applyPartnerEvent(
  ctx: DomainContext,
  received: Pick<ReceivedEvent, 'event' | 'data' | 'payload'>,
): Promise<Account> {
  const { event } = received
  if (!isCopEvent(event)) throw new UnknownEventError(event, COP_EVENTS)
  const identifiers = parseInput(CopEventData, received.data)
  const rejection = event === 'cop.rejected' ? parseInput(RejectionData, received.data) : undefined
  const accountId = received.payload.sub
  await getAccount(ctx.store, accountId)
  const now = ctx.clock.now().toISOString()
  return updateAccount(ctx.store, accountId, ({ copRejection, ...account }) => {
    const copStatus = nextCopStatus(account.copStatus, event)
    const restarted = event === 'cop.approval_pending' && copFlowOpen(account.copStatus)
    return {
      ...account,
      copStatus,
      copUpdatedAt: now,
      copIdentifiers: { ...account.copIdentifiers, ...identifiers },
      ...(rejection ? { copRejection: { reason: rejection.reason, at: now } } : {}),
      ...(restarted ? { approvalBannerDismissedAt: undefined } : {}),
    }
  })
}
