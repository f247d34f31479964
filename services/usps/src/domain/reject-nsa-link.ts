import { NotFoundError } from '@partner-sandbox/shared'
import * as z from 'zod'
import { announceNsaLink, type NsaLinkPartners } from './announce-nsa-link'
import type { DomainContext } from './context'
import { changeNsaLink, type NsaLink } from './nsa-link'

/** The representative's reason, sent to the platform and shown to the customer. */
export const RejectNsaLinkInput = z.object({
  reason: z
    .string('Give the reason for the rejection; the customer sees it.')
    .trim()
    .min(3, 'Give the reason for the rejection (at least 3 characters); the customer sees it.')
    .max(500, 'Keep the reason under 500 characters.'),
})

/**
 * pending -> rejected with the reason, then the signed `nsa_link.rejected` event. The customer
 * can start again: linking anew makes a new pending request.
 *
 * @example
 * const { link } = await rejectNsaLink(ctx, partners, 'nsa_123', { reason: 'CRID does not match the contract' })
 */
export async function rejectNsaLink(
  ctx: DomainContext,
  partners: NsaLinkPartners,
  id: string,
  input: z.output<typeof RejectNsaLinkInput>,
): Promise<{ link: NsaLink; eventId?: string }> {
  const link = await changeNsaLink(ctx, id, 'reject', { rejectionReason: input.reason })
  if (!link) throw new NotFoundError(`No NSA link request ${id} exists in this tenant.`)
  const eventId = await announceNsaLink(ctx, partners, 'nsa_link.rejected', link)
  return { link, eventId }
}
