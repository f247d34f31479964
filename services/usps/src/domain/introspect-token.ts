import type { ServiceKeys } from '@partner-sandbox/shared'
import { decodeJwt } from 'jose'
import { OAuthError } from '../errors'
import { verifyAccessToken } from './access-token'
import type { DomainContext } from './context'
import type { OAuthClient } from './oauth-clients'
import { getRefreshToken, isGrantActive } from './oauth-grants'
import { isPast } from './time'

/** RFC 7662 2.2: `active` always; the rest only for an active token. */
export interface Introspection {
  active: boolean
  scope?: string
  client_id?: string
  sub?: string
  token_type?: 'Bearer' | 'refresh_token'
  exp?: number
  iat?: number
  iss?: string
  aud?: string
}

const INACTIVE: Introspection = { active: false }
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000)

/**
 * RFC 7662 introspection for an authenticated client: its own access or refresh tokens are
 * described while active (grant not revoked, not expired, refresh token not rotated); anything
 * else, another client's tokens included, is `{active: false}`, so nothing leaks.
 *
 * @example
 * const info = await introspectToken(ctx, keys, client, { token, token_type_hint: 'refresh_token' })
 */
export async function introspectToken(
  ctx: DomainContext,
  keys: ServiceKeys,
  client: OAuthClient,
  body: Record<string, unknown>,
): Promise<Introspection> {
  const token = typeof body.token === 'string' ? body.token : ''
  if (!token) throw new OAuthError('invalid_request', 'token is required.')
  const refresh = await getRefreshToken(ctx, token)
  if (refresh) {
    const active =
      refresh.clientId === client.id &&
      refresh.status === 'active' &&
      !isPast(ctx.clock, refresh.expiresAt) &&
      (await isGrantActive(ctx, refresh.grantId))
    if (!active) return INACTIVE
    return {
      active: true,
      scope: refresh.scope,
      client_id: refresh.clientId,
      sub: refresh.accountId ?? refresh.clientId,
      token_type: 'refresh_token',
      exp: seconds(refresh.expiresAt),
      iat: seconds(refresh.issuedAt),
      iss: ctx.baseUrl,
    }
  }
  try {
    const claims = await verifyAccessToken(ctx, keys, token)
    if (claims.clientId !== client.id) return INACTIVE
    const payload = decodeJwt(token)
    return {
      active: true,
      scope: claims.scopes.join(' '),
      client_id: claims.clientId,
      sub: payload.sub,
      token_type: 'Bearer',
      exp: payload.exp,
      iat: payload.iat,
      iss: payload.iss,
      aud: typeof payload.aud === 'string' ? payload.aud : undefined,
    }
  } catch {
    return INACTIVE
  }
}
