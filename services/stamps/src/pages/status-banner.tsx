import type { FC } from 'hono/jsx'
import type { CopStatus } from '../domain/cop-status'

export const APPROVAL_PENDING_TEXT = 'USPS business account approval is pending'
export const APPROVED_TEXT = 'Your USPS business account is linked. NSA rates are active.'
export const REJECTED_TEXT = 'USPS rejected the link request. See why and start again below.'
export const REVOKED_TEXT = "NSA rates stopped: Auctane's access was revoked in USPS."

/** The confirmation banner of the seed's last step; nothing before the details are sent. */
export const StatusBanner: FC<{ status: CopStatus }> = ({ status }) => {
  if (status === 'approval_pending') {
    return (
      <div class="banner info" role="status">
        {APPROVAL_PENDING_TEXT}
      </div>
    )
  }
  if (status === 'approved') {
    return (
      <div class="banner success" role="status">
        {APPROVED_TEXT}
      </div>
    )
  }
  if (status === 'rejected' || status === 'revoked') {
    return (
      <div class="banner info" role="alert">
        {status === 'rejected' ? REJECTED_TEXT : REVOKED_TEXT}
      </div>
    )
  }
  return null
}
