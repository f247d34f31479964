import { NothingToDismissError } from '../errors'
import { type Account, updateAccount } from './accounts'
import type { DomainContext } from './context'

/**
 * "Dismiss" on the approval banner: recorded on the account (not the session), so it never
 * comes back, on any device or login. Dismissing twice is harmless.
 *
 * @example
 * await dismissApprovalBanner(ctx, accountId)
 */
export async function dismissApprovalBanner(
  ctx: DomainContext,
  accountId: string,
): Promise<Account> {
  return updateAccount(ctx.store, accountId, (account) => {
    if (account.approvalBannerDismissedAt) return account
    if (account.copStatus === 'not_started') {
      throw new NothingToDismissError(
        'There is no approval banner yet: it appears once the USPS connection is submitted on Stamps.com.',
      )
    }
    return { ...account, approvalBannerDismissedAt: ctx.clock.now().toISOString() }
  })
}
