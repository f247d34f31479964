import {
  enqueueEvent,
  NotFoundError,
  type PeerDirectory,
  type ServiceKeys,
} from '@partner-sandbox/shared'
import { signNsaLinkApproved } from '../clients/stamps-events'
import type { DomainContext } from './context'
import { NSA_LINKS, type NsaLink, nextNsaLinkStatus } from './nsa-link'
import { findClient, type OAuthClient } from './oauth-clients'

/** Who hears of an approval: the link's client, at the peer its `events` names. */
export interface NsaLinkPartners {
  clients: OAuthClient[]
  peers: PeerDirectory
  keys: () => Promise<ServiceKeys>
}

/**
 * pending -> approved, then the signed `nsa_link.approved` event is queued in the outbox for the
 * client's platform (when it takes events). A second approval is a 409, an unknown id a 404.
 * `eventId` names the event waiting for delivery, if any.
 *
 * @example
 * const { link, eventId } = await approveNsaLink(ctx, partners, 'nsa_123')
 */
export async function approveNsaLink(
  ctx: DomainContext,
  partners: NsaLinkPartners,
  id: string,
): Promise<{ link: NsaLink; eventId?: string }> {
  const link = await markApproved(ctx, id)
  const client = await findClient(ctx, partners.clients, link.clientId)
  if (!client?.events) return { link }
  const token = await signNsaLinkApproved(
    await partners.keys(),
    {
      issuer: ctx.baseUrl,
      audience: partners.peers[client.events.peer].baseUrl,
      tenant: ctx.tenant,
      clock: ctx.clock,
    },
    link,
  )
  const pending = await enqueueEvent(ctx.store, ctx.clock, { ...client.events, token })
  return { link, eventId: pending.id }
}

async function markApproved(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  id: string,
): Promise<NsaLink> {
  const now = ctx.clock.now().toISOString()
  let refusal: unknown
  const updated = await ctx.store.update<NsaLink>(NSA_LINKS, id, (link) => {
    if (!link) return link
    try {
      return { ...link, status: nextNsaLinkStatus(link.status, 'approve'), approvedAt: now }
    } catch (error) {
      refusal = error
      return link
    }
  })
  if (refusal) throw refusal
  if (!updated) throw new NotFoundError(`No NSA link request ${id} exists in this tenant.`)
  return updated
}
