import {
  InvalidTokenError,
  ownKeySet,
  type ServiceKeys,
  type ServiceTokenPayload,
  signServiceToken,
  verifyServiceToken,
} from '@partner-sandbox/shared'
import type { DomainContext } from './context'
import { isGrantActive } from './oauth-grants'

export const ACCESS_TOKEN_TYPE = 'at+jwt'
/** USPS access tokens live eight hours; USPS reports expires_in one second short. */
export const ACCESS_TOKEN_TTL_SECONDS = 8 * 3600

/** What the Payments API needs to know about the caller. */
export interface AccessTokenClaims {
  accountId?: string
  clientId: string
  scopes: string[]
  grantId: string
}

/** Signs a USPS access token (`at+jwt`, iss = aud = our base URL, sub = USPS account id). */
export function signAccessToken(
  ctx: Pick<DomainContext, 'clock' | 'baseUrl'>,
  keys: ServiceKeys,
  tenant: string,
  grant: { accountId?: string; clientId: string; scope: string; grantId: string },
): Promise<string> {
  // Client-credentials tokens act for the application itself: sub is the client_id.
  const acting = grant.accountId ? { account_id: grant.accountId } : {}
  return signServiceToken(keys, {
    type: ACCESS_TOKEN_TYPE,
    issuer: ctx.baseUrl,
    audience: ctx.baseUrl,
    subject: grant.accountId ?? grant.clientId,
    tenant,
    ttlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    clock: ctx.clock,
    claims: { client_id: grant.clientId, scope: grant.scope, gid: grant.grantId, ...acting },
  })
}

/**
 * Verifies an access token against our own key, the sandbox clock, the request's tenant and the
 * grant (a revoked grant revokes its tokens). Every failure is an InvalidTokenError.
 */
export async function verifyAccessToken(
  ctx: Pick<DomainContext, 'store' | 'clock' | 'baseUrl'>,
  keys: ServiceKeys,
  token: string,
): Promise<AccessTokenClaims> {
  const payload: ServiceTokenPayload = await verifyServiceToken(token, ownKeySet(keys), {
    type: ACCESS_TOKEN_TYPE,
    issuer: ctx.baseUrl,
    audience: ctx.baseUrl,
    clock: ctx.clock,
  })
  if (payload.tenant !== ctx.store.tenant) {
    throw new InvalidTokenError(`The token belongs to sandbox tenant ${payload.tenant}.`)
  }
  const { client_id: clientId, scope, gid } = payload
  if (typeof clientId !== 'string' || typeof scope !== 'string' || typeof gid !== 'string') {
    throw new InvalidTokenError('The token has no client_id, scope or grant.')
  }
  if (!(await isGrantActive(ctx, gid))) {
    throw new InvalidTokenError('The token was revoked.')
  }
  return {
    accountId: typeof payload.account_id === 'string' ? payload.account_id : undefined,
    clientId,
    scopes: scope.split(' ').filter(Boolean),
    grantId: gid,
  }
}
