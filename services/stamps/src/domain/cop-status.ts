import * as z from 'zod'
import { InvalidStatusTransitionError } from '../errors'

/**
 * Where a COP account stands in the onboarding; ShipStation mirrors the last four. `rejected`
 * (the representative said no) and `revoked` (the customer withdrew Auctane's access at USPS) both
 * start again from linking USPS.
 */
export const CopStatus = z.enum([
  'not_started',
  'usps_linked',
  'approval_pending',
  'approved',
  'rejected',
  'revoked',
])
export type CopStatus = z.infer<typeof CopStatus>

// usps_linked -> usps_linked: linking again replaces tokens USPS no longer accepts.
// rejected -> approval_pending: the tokens still work, so corrected details can be sent at once.
const NEXT: Record<CopStatus, readonly CopStatus[]> = {
  not_started: ['usps_linked'],
  usps_linked: ['usps_linked', 'approval_pending'],
  approval_pending: ['approved', 'rejected', 'revoked'],
  approved: ['revoked'],
  rejected: ['usps_linked', 'approval_pending'],
  revoked: ['usps_linked'],
}

const REFUSAL: Record<CopStatus, string> = {
  not_started: 'Link your USPS business account first: click Link your business account.',
  usps_linked: 'Enter your CRID, MID and EPS Number first.',
  approval_pending:
    'Your USPS account details were already sent; USPS business account approval is pending.',
  approved: 'Your USPS business account is already linked and NSA rates are active.',
  rejected:
    'USPS rejected the link request: click Link your business account to start again, then enter your CRID, MID and EPS Number.',
  revoked:
    "Auctane's access to your USPS business account was revoked: click Link your business account to start again.",
}

/** True when the flow allows going from `from` to `to`. */
export function canTransition(from: CopStatus, to: CopStatus): boolean {
  return NEXT[from].includes(to)
}

/**
 * The status after a step, or an InvalidStatusTransitionError saying what the user must do first.
 *
 * @example
 * transition('usps_linked', 'approval_pending') // 'approval_pending'
 */
export function transition(from: CopStatus, to: CopStatus): CopStatus {
  if (!canTransition(from, to)) throw new InvalidStatusTransitionError(from, to, REFUSAL[from])
  return to
}
