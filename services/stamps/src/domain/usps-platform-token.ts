import { requestUspsTokens } from '../clients/usps-token-client'
import type { DomainContext } from './context'

const PLATFORM_TOKENS = 'usps_platform_tokens'
/** Retail prices need no customer: Auctane asks with its own client_credentials token. */
const PLATFORM_SCOPE = 'prices'
// Renewed a minute early so a token never expires between the check and USPS's answer.
const EARLY_RENEWAL_MS = 60_000

interface PlatformToken {
  accessToken: string
  expiresAt: string
}

/**
 * Auctane's own USPS access token (client_credentials grant, scope `prices`), kept in the store
 * until shortly before it expires on the tenant clock.
 *
 * @example
 * const token = await uspsPlatformToken(ctx)
 */
export async function uspsPlatformToken(
  ctx: Pick<DomainContext, 'store' | 'clock' | 'peers' | 'uspsClient'>,
): Promise<string> {
  const key = ctx.uspsClient.clientId
  const now = ctx.clock.now().getTime()
  const kept = await ctx.store.get<PlatformToken>(PLATFORM_TOKENS, key)
  if (kept && Date.parse(kept.expiresAt) - EARLY_RENEWAL_MS > now) return kept.accessToken
  const fresh = await requestUspsTokens(ctx, {
    grant_type: 'client_credentials',
    scope: PLATFORM_SCOPE,
  })
  await ctx.store.put<PlatformToken>(PLATFORM_TOKENS, key, {
    accessToken: fresh.accessToken,
    expiresAt: fresh.accessTokenExpiresAt,
  })
  return fresh.accessToken
}
