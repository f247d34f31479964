import type { Clock, TenantStore } from '@partner-sandbox/shared'
import type { StampsDeps } from '../deps'
import { UspsLinkExpiredError, UspsNotLinkedError, UspsTokenRejectedError } from '../errors'
import { type CopAccount, changeCopAccount } from './cop-account'
import { requestUspsTokens } from './usps-token-client'

/**
 * The account's USPS access token, refreshed first (refresh_token grant) when it has expired on
 * the tenant clock. A refused refresh means the customer must link USPS again.
 *
 * @example
 * const accessToken = await currentUspsAccessToken(deps, store, clock, account)
 */
export async function currentUspsAccessToken(
  deps: Pick<StampsDeps, 'peers' | 'uspsClient'>,
  store: TenantStore,
  clock: Clock,
  account: CopAccount,
): Promise<string> {
  const usps = account.usps
  if (!usps) throw new UspsNotLinkedError()
  if (Date.parse(usps.accessTokenExpiresAt) > clock.now().getTime()) return usps.accessToken
  if (!usps.refreshToken) {
    throw new UspsLinkExpiredError('Your USPS authorization has expired.')
  }
  let fresh: Awaited<ReturnType<typeof requestUspsTokens>>
  try {
    fresh = await requestUspsTokens(deps, store.tenant, clock, {
      grant_type: 'refresh_token',
      refresh_token: usps.refreshToken,
    })
  } catch (error) {
    if (error instanceof UspsTokenRejectedError && error.status === 400) {
      throw new UspsLinkExpiredError('Your USPS authorization has expired.')
    }
    throw error
  }
  await changeCopAccount(store, clock, account.id, (current) => ({
    ...current,
    usps: {
      ...fresh,
      // USPS may keep the refresh token; the link itself dates from the first consent.
      refreshToken: fresh.refreshToken ?? usps.refreshToken,
      linkedAt: usps.linkedAt,
    },
  }))
  return fresh.accessToken
}
