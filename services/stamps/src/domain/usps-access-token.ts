import { requestUspsTokens } from '../clients/usps-token-client'
import { UspsLinkExpiredError, UspsNotLinkedError, UspsTokenRejectedError } from '../errors'
import type { DomainContext } from './context'
import { type CopAccount, changeCopAccount } from './cop-account'

const AUTHORIZATION_EXPIRED = 'Your USPS authorization has expired.'
/**
 * Refreshed this long before USPS's expiry, so a token never expires between our check and USPS's
 * answer (a prices call followed by a labels call, a slow network).
 */
export const EARLY_REFRESH_SECONDS = 120

/**
 * The account's USPS access token, refreshed first (refresh_token grant) when it expires within
 * EARLY_REFRESH_SECONDS on the tenant clock. A refused refresh means the customer must link USPS
 * again.
 *
 * @example
 * const accessToken = await currentUspsAccessToken(ctx, account)
 */
export async function currentUspsAccessToken(
  ctx: Pick<DomainContext, 'store' | 'clock' | 'peers' | 'uspsClient'>,
  account: CopAccount,
): Promise<string> {
  const usps = account.usps
  if (!usps) throw new UspsNotLinkedError()
  const refreshAt = Date.parse(usps.accessTokenExpiresAt) - EARLY_REFRESH_SECONDS * 1000
  if (refreshAt > ctx.clock.now().getTime()) return usps.accessToken
  if (!usps.refreshToken) throw new UspsLinkExpiredError(AUTHORIZATION_EXPIRED)
  let fresh: Awaited<ReturnType<typeof requestUspsTokens>>
  try {
    fresh = await requestUspsTokens(ctx, {
      grant_type: 'refresh_token',
      refresh_token: usps.refreshToken,
    })
  } catch (error) {
    if (error instanceof UspsTokenRejectedError && error.status === 400) {
      throw new UspsLinkExpiredError(AUTHORIZATION_EXPIRED)
    }
    throw error
  }
  await changeCopAccount(ctx, account.id, (current) => ({
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
