import { EpaStateError } from '../errors'

/**
 * The Enterprise Payment Account (EPA) state machine. A credit card activates it at once; ACH
 * Debit waits for the two micro-debits to be confirmed, and three wrong confirmations fail it.
 *
 *   none --credit_card_added--> active
 *   none --ach_added--> pending_verification --micro_debits_verified--> active
 *                        pending_verification --verification_failed--> verification_failed
 *   verification_failed --credit_card_added | ach_added--> (as from none)
 */
export type EpaStatus = 'none' | 'pending_verification' | 'active' | 'verification_failed'

export type EpaEvent =
  | 'credit_card_added'
  | 'ach_added'
  | 'micro_debits_verified'
  | 'verification_failed'

const TRANSITIONS: Record<EpaStatus, Partial<Record<EpaEvent, EpaStatus>>> = {
  none: { credit_card_added: 'active', ach_added: 'pending_verification' },
  pending_verification: {
    micro_debits_verified: 'active',
    verification_failed: 'verification_failed',
  },
  active: {},
  verification_failed: { credit_card_added: 'active', ach_added: 'pending_verification' },
}

/** The words the Business Portal shows for each status. */
export const EPA_STATUS_LABELS: Record<EpaStatus, string> = {
  none: 'Not set up',
  pending_verification: 'Pending',
  active: 'Active',
  verification_failed: 'Verification failed',
}

const REFUSALS: Record<EpaStatus, string> = {
  none: 'Add a payment account first.',
  pending_verification:
    'Your ACH Debit payment account is pending. Verify the two micro-debits under My Account > Payment Account first.',
  active: 'Your payment account is already active. Nothing else to add.',
  verification_failed:
    'The bank account could not be verified. Add a payment account again (Credit Card or ACH Debit).',
}

export function canApply(status: EpaStatus, event: EpaEvent): boolean {
  return TRANSITIONS[status][event] !== undefined
}

/**
 * The status after `event`, or an EpaStateError (409) saying what to do instead.
 *
 * @example
 * nextEpaStatus('none', 'ach_added') // 'pending_verification'
 */
export function nextEpaStatus(status: EpaStatus, event: EpaEvent): EpaStatus {
  const next = TRANSITIONS[status][event]
  if (!next) throw new EpaStateError(REFUSALS[status])
  return next
}
