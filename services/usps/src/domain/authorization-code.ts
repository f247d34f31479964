import { secretToken } from '@partner-sandbox/shared'
import type { AuthorizationRequest } from './authorization-request'
import type { DomainContext } from './context'
import { createGrant } from './oauth-grants'
import { isoAfter, MINUTE_MS } from './time'

const AUTHORIZATION_CODES = 'authorization_codes'
const CODE_USES = 'authorization_code_uses'
const CODE_TTL_MS = 10 * MINUTE_MS

/** What an authorization code stands for; bound to its client, redirect URI, PKCE and user. */
export interface AuthorizationCode {
  code: string
  grantId: string
  clientId: string
  redirectUri: string
  redirectUriGiven: boolean
  codeChallenge?: string
  accountId: string
  scope: string
  expiresAt: string
}

/** "Authorize and Continue": a fresh code (crypto secret, 10 minutes) for the consenting user. */
export async function issueAuthorizationCode(
  ctx: DomainContext,
  request: AuthorizationRequest,
  accountId: string,
): Promise<AuthorizationCode> {
  const grant = await createGrant(ctx, request.clientId, accountId)
  const code: AuthorizationCode = {
    code: secretToken(),
    grantId: grant.id,
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    redirectUriGiven: request.redirectUriGiven,
    codeChallenge: request.codeChallenge,
    accountId,
    scope: request.scope,
    expiresAt: isoAfter(ctx.clock, CODE_TTL_MS),
  }
  await ctx.store.put(AUTHORIZATION_CODES, code.code, code)
  return code
}

export async function findAuthorizationCode(
  ctx: Pick<DomainContext, 'store'>,
  code: string,
): Promise<AuthorizationCode | undefined> {
  return ctx.store.get<AuthorizationCode>(AUTHORIZATION_CODES, code)
}

export async function wasCodeUsed(
  ctx: Pick<DomainContext, 'store'>,
  code: string,
): Promise<boolean> {
  return (await ctx.store.get(CODE_USES, code)) !== undefined
}

/**
 * Records the one use of a code. insert-if-absent makes it single use even between racing
 * requests: false means someone redeemed it first.
 */
export async function markCodeUsed(ctx: Pick<DomainContext, 'store' | 'clock'>, code: string) {
  return ctx.store.insert(CODE_USES, code, { usedAt: ctx.clock.now().toISOString() })
}
