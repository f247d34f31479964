import { LabelAlreadyVoidedError } from '../errors'

/** A label's status as ShipStation API v2 names it (we only ever reach two of them). */
export type LabelStatus = 'completed' | 'voided'

/**
 * The status after voiding: only a completed label can be voided (once).
 *
 * @example
 * voidedStatus('completed', 'se-1') // 'voided'
 */
export function voidedStatus(current: LabelStatus, labelId: string): LabelStatus {
  if (current !== 'completed') throw new LabelAlreadyVoidedError(labelId)
  return 'voided'
}
