import type { CopAccount, UspsIdentifiers } from '../domain/cop-account'
import type { CopStatus } from '../domain/cop-status'

/** The JSON shape of `GET /api/v1/connection` and the answers of the steps that change it. */
export interface ConnectionView {
  accountId: string
  status: CopStatus
  /** true once USPS OAuth tokens are held for the account. */
  linked: boolean
  identifiers: UspsIdentifiers | null
  uspsLinkedAt: string | null
  approvalRequestedAt: string | null
  approvedAt: string | null
}

export function connectionOf(account: CopAccount): ConnectionView {
  return {
    accountId: account.id,
    status: account.status,
    linked: account.usps !== undefined,
    identifiers: account.identifiers ?? null,
    uspsLinkedAt: account.usps?.linkedAt ?? null,
    approvalRequestedAt: account.approvalRequestedAt ?? null,
    approvedAt: account.approvedAt ?? null,
  }
}
