import { CopStatusConflictError } from '../errors'

/** Where the account stands in the Customer Onboarding Portal flow, as Stamps.com reports it. */
export type CopStatus = 'not_started' | 'approval_pending' | 'approved' | 'rejected' | 'revoked'

/** The events Stamps.com sends that move the COP status. */
export type CopEvent = 'cop.approval_pending' | 'cop.approved' | 'cop.rejected' | 'cop.revoked'

export const COP_EVENTS: readonly CopEvent[] = [
  'cop.approval_pending',
  'cop.approved',
  'cop.rejected',
  'cop.revoked',
]

// Repeating the current state is allowed (Stamps.com may resend after a re-submitted form);
// skipping `approval_pending` is not. A rejected or revoked link starts again at approval_pending.
const TRANSITIONS: Record<CopStatus, Partial<Record<CopEvent, CopStatus>>> = {
  not_started: { 'cop.approval_pending': 'approval_pending' },
  approval_pending: {
    'cop.approval_pending': 'approval_pending',
    'cop.approved': 'approved',
    'cop.rejected': 'rejected',
    'cop.revoked': 'revoked',
  },
  approved: { 'cop.approved': 'approved', 'cop.revoked': 'revoked' },
  rejected: { 'cop.approval_pending': 'approval_pending', 'cop.rejected': 'rejected' },
  revoked: { 'cop.approval_pending': 'approval_pending', 'cop.revoked': 'revoked' },
}

export function isCopEvent(event: string): event is CopEvent {
  return (COP_EVENTS as readonly string[]).includes(event)
}

/** True while the COP flow needs the customer (not submitted, or to be started again). */
export function copFlowOpen(status: CopStatus): boolean {
  return status === 'not_started' || status === 'rejected' || status === 'revoked'
}

/**
 * The COP status after an event, or CopStatusConflictError (409) when the event cannot follow the
 * current status.
 *
 * @example
 * nextCopStatus('not_started', 'cop.approval_pending') // 'approval_pending'
 * nextCopStatus('not_started', 'cop.approved') // throws CopStatusConflictError
 */
export function nextCopStatus(current: CopStatus, event: CopEvent): CopStatus {
  const next = TRANSITIONS[current][event]
  if (!next) throw new CopStatusConflictError(current, event)
  return next
}
