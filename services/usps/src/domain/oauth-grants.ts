import { secretToken } from '@partner-sandbox/shared'
import type { DomainDeps } from './deps'

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
  deps: Pick<DomainDeps, 'store' | 'clock'>,
  clientId: string,
  accountId: string | undefined,
): Promise<OAuthGrant> {
  const grant: OAuthGrant = {
    id: `grant_${secretToken(12)}`,
    clientId,
    accountId,
    status: 'active',
    createdAt: deps.clock.now().toISOString(),
  }
  await deps.store.put(GRANTS, grant.id, grant)
  return grant
}

export async function isGrantActive(
  deps: Pick<DomainDeps, 'store'>,
  grantId: string,
): Promise<boolean> {
  return (await deps.store.get<OAuthGrant>(GRANTS, grantId))?.status === 'active'
}

export async function revokeGrant(
  deps: Pick<DomainDeps, 'store' | 'clock'>,
  grantId: string,
): Promise<void> {
  const now = deps.clock.now().toISOString()
  await deps.store.update<OAuthGrant>(GRANTS, grantId, (g) =>
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
  deps: Pick<DomainDeps, 'store'>,
  token: RefreshToken,
): Promise<void> {
  await deps.store.put(REFRESH_TOKENS, token.token, token)
}

export async function getRefreshToken(
  deps: Pick<DomainDeps, 'store'>,
  token: string,
): Promise<RefreshToken | undefined> {
  return deps.store.get<RefreshToken>(REFRESH_TOKENS, token)
}

/**
 * Marks an active refresh token used; undefined when it was not active (already rotated or
 * revoked), which the caller treats as a replay.
 */
export async function retireRefreshToken(
  deps: Pick<DomainDeps, 'store'>,
  token: string,
  status: 'rotated' | 'revoked',
): Promise<RefreshToken | undefined> {
  let retired: RefreshToken | undefined
  await deps.store.update<RefreshToken>(REFRESH_TOKENS, token, (t) => {
    if (t?.status !== 'active') return t
    retired = t
    return { ...t, status }
  })
  return retired
}
