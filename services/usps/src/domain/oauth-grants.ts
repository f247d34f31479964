import { secretToken } from '@partner-sandbox/shared'
import type { DomainContext } from './context'

const GRANTS = 'oauth_grants'
const REFRESH_TOKENS = 'refresh_tokens'

/**
 * One consent (or one client-credentials issuance): every access and refresh token carries its id,
 * so revoking the grant revokes them all, e.g. when an authorization code is presented twice.
 */
export interface OAuthGrant {
  id: string
  clientId: string
  accountId?: string
  status: 'active' | 'revoked'
  createdAt: string
  revokedAt?: string
}

export async function createGrant(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  clientId: string,
  accountId: string | undefined,
): Promise<OAuthGrant> {
  const grant: OAuthGrant = {
    id: `grant_${secretToken(12)}`,
    clientId,
    accountId,
    status: 'active',
    createdAt: ctx.clock.now().toISOString(),
  }
  await ctx.store.put(GRANTS, grant.id, grant)
  return grant
}

export async function isGrantActive(
  ctx: Pick<DomainContext, 'store'>,
  grantId: string,
): Promise<boolean> {
  return (await ctx.store.get<OAuthGrant>(GRANTS, grantId))?.status === 'active'
}

export async function revokeGrant(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  grantId: string,
): Promise<void> {
  const now = ctx.clock.now().toISOString()
  await ctx.store.update<OAuthGrant>(GRANTS, grantId, (g) =>
    g && g.status === 'active' ? { ...g, status: 'revoked', revokedAt: now } : g,
  )
}

/** An opaque refresh token (7 days); rotated on every use. */
export interface RefreshToken {
  token: string
  grantId: string
  clientId: string
  accountId?: string
  scope: string
  issuedAt: string
  expiresAt: string
  refreshCount: number
  status: 'active' | 'rotated' | 'revoked'
}

export async function saveRefreshToken(
  ctx: Pick<DomainContext, 'store'>,
  token: RefreshToken,
): Promise<void> {
  await ctx.store.put(REFRESH_TOKENS, token.token, token)
}

export async function getRefreshToken(
  ctx: Pick<DomainContext, 'store'>,
  token: string,
): Promise<RefreshToken | undefined> {
  return ctx.store.get<RefreshToken>(REFRESH_TOKENS, token)
}

/**
 * Marks an active refresh token used; undefined when it was not active (already rotated or
 * revoked), which the caller treats as a replay.
 */
export async function retireRefreshToken(
  ctx: Pick<DomainContext, 'store'>,
  token: string,
  status: 'rotated' | 'revoked',
): Promise<RefreshToken | undefined> {
  let retired: RefreshToken | undefined
  await ctx.store.update<RefreshToken>(REFRESH_TOKENS, token, (t) => {
    if (t?.status !== 'active') return t
    retired = t
    return { ...t, status }
  })
  return retired
}

/** The active grants `clientId` holds for `accountId` (one per consent or code). */
export async function activeGrantsOf(
  ctx: Pick<DomainContext, 'store'>,
  clientId: string,
  accountId: string,
): Promise<OAuthGrant[]> {
  return (await ctx.store.list<OAuthGrant>(GRANTS)).filter(
    (g) => g.status === 'active' && g.clientId === clientId && g.accountId === accountId,
  )
}

/** Revokes the grant and marks each of its refresh tokens revoked (introspection says so too). */
export async function revokeGrantAndRefreshTokens(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  grantId: string,
): Promise<void> {
  await revokeGrant(ctx, grantId)
  const tokens = await ctx.store.list<RefreshToken>(REFRESH_TOKENS)
  for (const t of tokens) {
    if (t.grantId === grantId && t.status === 'active') {
      await retireRefreshToken(ctx, t.token, 'revoked')
    }
  }
}
