import type { DomainContext } from './context'

const CONSENTS = 'oauth_consents'

/** A customer's "Authorize and Continue" for a client, remembered until they revoke it. */
export interface OAuthConsent {
  clientId: string
  accountId: string
  scopes: string[]
  grantedAt: string
}

const keyOf = (clientId: string, accountId: string) => `${accountId}|${clientId}`

/** Remembers (or widens) the consent, so the next authorize with these scopes skips the box. */
export async function rememberConsent(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  clientId: string,
  accountId: string,
  scope: string,
): Promise<void> {
  const asked = scope.split(' ').filter(Boolean)
  await ctx.store.update<OAuthConsent>(CONSENTS, keyOf(clientId, accountId), (current) => ({
    clientId,
    accountId,
    scopes: [...new Set([...(current?.scopes ?? []), ...asked])],
    grantedAt: current?.grantedAt ?? ctx.clock.now().toISOString(),
  }))
}

/** The remembered consent when it covers every scope of `scope`; else undefined. */
export async function consentCovering(
  ctx: Pick<DomainContext, 'store'>,
  clientId: string,
  accountId: string,
  scope: string,
): Promise<OAuthConsent | undefined> {
  const consent = await ctx.store.get<OAuthConsent>(CONSENTS, keyOf(clientId, accountId))
  if (!consent) return undefined
  const covered = scope
    .split(' ')
    .filter(Boolean)
    .every((s) => consent.scopes.includes(s))
  return covered ? consent : undefined
}

/** The partners the account has granted access to ("My Account"), oldest first. */
export async function consentsOf(
  ctx: Pick<DomainContext, 'store'>,
  accountId: string,
): Promise<OAuthConsent[]> {
  return (await ctx.store.list<OAuthConsent>(CONSENTS)).filter((c) => c.accountId === accountId)
}

export async function forgetConsent(
  ctx: Pick<DomainContext, 'store'>,
  clientId: string,
  accountId: string,
): Promise<boolean> {
  return ctx.store.delete(CONSENTS, keyOf(clientId, accountId))
}
