import { USPS_ERROR } from '@partner-sandbox/shared'
import { UspsApiError } from '../errors'
import type { AccessTokenClaims } from './access-token'
import type { DomainContext } from './context'
import { recordLedgerEntry } from './epa-ledger'
import { findLabel, LABELS, type Label, nextLabelStatus } from './label'

/**
 * Cancels a label and refunds its postage to the EPA it was charged to: 160378 for an unknown
 * tracking number, 160383 for another account's label, 160363 when already cancelled.
 *
 * @example
 * const { label, refund } = await cancelLabel(ctx, caller, '9205...')
 */
export async function cancelLabel(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  caller: AccessTokenClaims,
  trackingNumber: string,
): Promise<{ label: Label; refund: number }> {
  const found = await findLabel(ctx, trackingNumber)
  if (found.accountId !== caller.accountId) {
    throw UspsApiError.ofCode(USPS_ERROR.LABEL_NOT_YOURS, 'trackingNumber, mailerId')
  }
  const now = ctx.clock.now().toISOString()
  let refusal: unknown
  let changed = false
  const label = await ctx.store.update<Label>(LABELS, trackingNumber, (current) => {
    if (!current) return current
    try {
      const status = nextLabelStatus(current.status, 'cancel', trackingNumber)
      changed = true
      return { ...current, status, cancelledAt: now }
    } catch (error) {
      refusal = error
      return current
    }
  })
  if (refusal) throw refusal
  if (!label || !changed)
    throw UspsApiError.ofCode(USPS_ERROR.TRACKING_NUMBER_NOT_FOUND, 'trackingNumber')
  await recordLedgerEntry(ctx, {
    accountId: label.accountId,
    epsNumber: label.epsNumber,
    kind: 'refund',
    amount: label.postage,
    trackingNumber,
    description: `Refund of cancelled label ${trackingNumber}`,
  })
  return { label, refund: label.postage }
}
