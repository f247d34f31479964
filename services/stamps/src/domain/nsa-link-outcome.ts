import { NotFoundError } from '@partner-sandbox/shared'
import * as z from 'zod'
import { identifiersOf, sendCopEvent } from '../clients/shipstation-events'
import type { DomainContext } from './context'
import {
  type CopAccount,
  changeCopAccount,
  listCopAccounts,
  type UspsIdentifiers,
} from './cop-account'
import { type CopStatus, transition } from './cop-status'

/** `data` of USPS's `nsa_link.*` events (docs/contracts/rates-labels-and-events.md). */
export const NsaLinkEventData = z.object({
  linkId: z.string().optional(),
  crid: z.string().min(1),
  mid: z.string().min(1),
  epsNumber: z.string().min(1),
  uspsAccountId: z.string().optional(),
})
export const NsaLinkRejectedData = NsaLinkEventData.extend({
  reason: z.string().trim().min(1, 'reason is required'),
})

/** The USPS events Stamps.com acts on, and the COP statuses each one may find the account in. */
export const NSA_LINK_EVENTS = {
  'nsa_link.approved': ['approval_pending'],
  'nsa_link.rejected': ['approval_pending'],
  'nsa_link.revoked': ['approval_pending', 'approved'],
} as const satisfies Record<string, readonly CopStatus[]>
export type NsaLinkEvent = keyof typeof NSA_LINK_EVENTS

/**
 * The representative approved the link: the account is `approved` and ShipStation hears
 * `cop.approved`.
 *
 * @example
 * await applyApproval(ctx, ids)
 */
export async function applyApproval(ctx: DomainContext, ids: UspsIdentifiers): Promise<string> {
  const account = await accountWaitingFor(ctx, 'nsa_link.approved', ids)
  const approved = await change(ctx, account, (current) => ({
    ...current,
    status: transition(current.status, 'approved'),
    approvedAt: ctx.clock.now().toISOString(),
  }))
  await sendCopEvent(ctx, approved.id, 'cop.approved', identifiersOf(ids))
  return approved.id
}

/**
 * The representative rejected the link with a reason: the account is `rejected` (the reason kept
 * for the pages) and ShipStation hears `cop.rejected` with that reason. The customer starts again
 * from the guidelines.
 */
export async function applyRejection(
  ctx: DomainContext,
  ids: UspsIdentifiers,
  reason: string,
): Promise<string> {
  const account = await accountWaitingFor(ctx, 'nsa_link.rejected', ids)
  const rejected = await change(ctx, account, (current) => ({
    ...current,
    status: transition(current.status, 'rejected'),
    rejection: { reason, rejectedAt: ctx.clock.now().toISOString() },
  }))
  await sendCopEvent(ctx, rejected.id, 'cop.rejected', { reason })
  return rejected.id
}

/**
 * The customer revoked Auctane at USPS: USPS no longer honours our tokens, so they are dropped,
 * the account is `revoked`, and ShipStation hears `cop.revoked` (NSA rates stop).
 */
export async function applyRevocation(ctx: DomainContext, ids: UspsIdentifiers): Promise<string> {
  const account = await accountWaitingFor(ctx, 'nsa_link.revoked', ids)
  const revoked = await change(ctx, account, ({ usps: _, ...current }) => ({
    ...current,
    status: transition(current.status, 'revoked'),
    revokedAt: ctx.clock.now().toISOString(),
  }))
  await sendCopEvent(ctx, revoked.id, 'cop.revoked', {})
  return revoked.id
}

async function accountWaitingFor(
  ctx: DomainContext,
  event: NsaLinkEvent,
  ids: UspsIdentifiers,
): Promise<CopAccount> {
  const statuses: readonly CopStatus[] = NSA_LINK_EVENTS[event]
  const account = (await listCopAccounts(ctx)).find(
    (a) =>
      statuses.includes(a.status) &&
      a.identifiers?.crid === ids.crid &&
      a.identifiers.mid === ids.mid &&
      a.identifiers.epsNumber === ids.epsNumber,
  )
  if (!account) {
    throw new NotFoundError(
      `No Stamps.com account in status ${statuses.join(' or ')} has CRID ${ids.crid}, MID ${ids.mid}, EPS Number ${ids.epsNumber}, so ${event} applies to none.`,
    )
  }
  return account
}

async function change(
  ctx: DomainContext,
  account: CopAccount,
  update: (current: CopAccount) => CopAccount,
): Promise<CopAccount> {
  const changed = await changeCopAccount(ctx, account.id, update)
  if (!changed) throw new NotFoundError(`The Stamps.com account ${account.id} no longer exists.`)
  return changed
}
