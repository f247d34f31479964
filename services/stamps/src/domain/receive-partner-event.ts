import { applySignedEvent, parseInput, type SignedEventOutcome } from '@partner-sandbox/shared'
import { UnknownEventError } from '../errors'
import type { DomainContext } from './context'
import {
  applyApproval,
  applyRejection,
  applyRevocation,
  NSA_LINK_EVENTS,
  NsaLinkEventData,
  NsaLinkRejectedData,
} from './nsa-link-outcome'

export type PartnerEventOutcome = SignedEventOutcome<string>

/**
 * Handles a signed event from USPS about the NSA link of exactly one CRID + MID + EPS Number:
 * `nsa_link.approved`, `nsa_link.rejected` (with the representative's reason) or
 * `nsa_link.revoked`; each is forwarded to ShipStation as `cop.*`. A `jti` seen before is a
 * duplicate (nothing happens); a refused event leaves no trace, so a corrected retry works.
 *
 * @example
 * const outcome = await receivePartnerEvent(ctx, await c.req.json())
 */
export async function receivePartnerEvent(
  ctx: DomainContext,
  body: unknown,
): Promise<PartnerEventOutcome> {
  const { store, clock } = ctx
  return applySignedEvent(
    body,
    ctx.uspsKeys,
    { issuer: ctx.peers.usps.baseUrl, audience: ctx.baseUrl, store, clock },
    async (received) => {
      switch (received.event) {
        case 'nsa_link.approved':
          return applyApproval(ctx, parseInput(NsaLinkEventData, received.data))
        case 'nsa_link.rejected': {
          const { reason, ...ids } = parseInput(NsaLinkRejectedData, received.data)
          return applyRejection(ctx, ids, reason)
        }
        case 'nsa_link.revoked':
          return applyRevocation(ctx, parseInput(NsaLinkEventData, received.data))
        default:
          throw new UnknownEventError(received.event, Object.keys(NSA_LINK_EVENTS))
      }
    },
  )
}
