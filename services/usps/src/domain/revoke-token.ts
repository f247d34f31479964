import type { ServiceKeys } from '@partner-sandbox/shared'
import { OAuthError } from '../errors'
import { verifyAccessToken } from './access-token'
import type { DomainContext } from './context'
import type { OAuthClient } from './oauth-clients'
import { getRefreshToken, retireRefreshToken, revokeGrant } from './oauth-grants'

/**
 * RFC 7009 revocation: a refresh token or access token of this client ends its whole grant.
 * Unknown tokens, or tokens of another client, are answered the same (200) to reveal nothing.
 */
export async function revokeToken(
  ctx: DomainContext,
  keys: ServiceKeys,
  client: OAuthClient,
  body: Record<string, unknown>,
): Promise<void> {
  const token = typeof body.token === 'string' ? body.token : ''
  if (!token) throw new OAuthError('invalid_request', 'token is required.')
  const refresh = await getRefreshToken(ctx, token)
  if (refresh) {
    if (refresh.clientId !== client.id) return
    await retireRefreshToken(ctx, token, 'revoked')
    await revokeGrant(ctx, refresh.grantId)
    return
  }
  try {
    const claims = await verifyAccessToken(ctx, keys, token)
    if (claims.clientId === client.id) await revokeGrant(ctx, claims.grantId)
  } catch {
    // Not a token of ours, or already expired or revoked: nothing to do (RFC 7009 2.2).
  }
}
