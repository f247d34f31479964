import { CopStatusConflictError } from '../errors'

/** Where the account stands in the Customer Onboarding Portal flow, as Stamps.com reports it. */
export type CopStatus = 'not_started' | 'approval_pending' | 'approved'

/** The events Stamps.com sends that move the COP status. */
export type CopEvent = 'cop.approval_pending' | 'cop.approved'

export const COP_EVENTS: readonly CopEvent[] = ['cop.approval_pending', 'cop.approved']

// Repeating the current state is allowed (Stamps.com may resend after a re-submitted form);
// skipping `approval_pending` or going back from `approved` is not.
const TRANSITIONS: Record<CopStatus, Partial<Record<CopEvent, CopStatus>>> = {
  not_started: { 'cop.approval_pending': 'approval_pending' },
  approval_pending: { 'cop.approval_pending': 'approval_pending', 'cop.approved': 'approved' },
  approved: { 'cop.approved': 'approved' },
}

export function isCopEvent(event: string): event is CopEvent {
  return (COP_EVENTS as readonly string[]).includes(event)
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
