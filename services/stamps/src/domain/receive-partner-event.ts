import {
  applySignedEvent,
  NotFoundError,
  parseInput,
  type SignedEventOutcome,
} from '@partner-sandbox/shared'
import { z } from 'zod'
import { sendCopEvent } from '../clients/shipstation-events'
import { UnknownEventError } from '../errors'
import type { DomainContext } from './context'
import { changeCopAccount, listCopAccounts } from './cop-account'
import { transition } from './cop-status'

/** `data` of USPS's `nsa_link.approved`. */
const NsaLinkApproved = z.object({
  linkId: z.string().optional(),
  crid: z.string().min(1),
  mid: z.string().min(1),
  epsNumber: z.string().min(1),
  uspsAccountId: z.string().optional(),
})

export type PartnerEventOutcome = SignedEventOutcome<string>

/**
 * Handles a signed event from USPS. `nsa_link.approved` approves the COP account that asked for
 * exactly that CRID + MID + EPS Number, then tells ShipStation `cop.approved`. A `jti` seen before
 * is a duplicate (nothing happens); a refused event leaves no trace, so a corrected retry works.
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
      if (received.event !== 'nsa_link.approved') throw new UnknownEventError(received.event)
      const ids = parseInput(NsaLinkApproved, received.data)
      const account = (await listCopAccounts(ctx)).find(
        (a) =>
          a.status === 'approval_pending' &&
          a.identifiers?.crid === ids.crid &&
          a.identifiers.mid === ids.mid &&
          a.identifiers.epsNumber === ids.epsNumber,
      )
      if (!account) {
        throw new NotFoundError(
          `No Stamps.com account is waiting for approval of CRID ${ids.crid}, MID ${ids.mid}, EPS Number ${ids.epsNumber}.`,
        )
      }
      const approved = await changeCopAccount(ctx, account.id, (current) => ({
        ...current,
        status: transition(current.status, 'approved'),
        approvedAt: ctx.clock.now().toISOString(),
      }))
      if (!approved)
        throw new NotFoundError(`The Stamps.com account ${account.id} no longer exists.`)
      await sendCopEvent(ctx, approved.id, 'cop.approved', ids)
      return approved.id
    },
  )
}
