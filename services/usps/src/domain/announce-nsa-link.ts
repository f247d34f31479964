import { enqueueEvent, type PeerDirectory, type ServiceKeys } from '@partner-sandbox/shared'
import { type NsaLinkEventName, signNsaLinkEvent } from '../clients/stamps-events'
import type { DomainContext } from './context'
import type { NsaLink } from './nsa-link'
import { findClient, type OAuthClient } from './oauth-clients'

/** Who hears of a decision: the link's client, at the peer its `events` names. */
export interface NsaLinkPartners {
  clients: OAuthClient[]
  peers: PeerDirectory
  keys: () => Promise<ServiceKeys>
}

/**
 * Queues the signed `nsa_link.*` event for the link's platform (when its client takes events);
 * the id of the event waiting for delivery, or undefined when nobody takes events.
 *
 * @example
 * const eventId = await announceNsaLink(ctx, partners, 'nsa_link.rejected', link)
 */
export async function announceNsaLink(
  ctx: DomainContext,
  partners: NsaLinkPartners,
  event: NsaLinkEventName,
  link: NsaLink,
): Promise<string | undefined> {
  const client = await findClient(ctx, partners.clients, link.clientId)
  if (!client?.events) return undefined
  const token = await signNsaLinkEvent(
    await partners.keys(),
    {
      issuer: ctx.baseUrl,
      audience: partners.peers[client.events.peer].baseUrl,
      tenant: ctx.tenant,
      clock: ctx.clock,
    },
    event,
    link,
  )
  const pending = await enqueueEvent(ctx.store, ctx.clock, { ...client.events, token })
  return pending.id
}
