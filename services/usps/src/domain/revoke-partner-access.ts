import { announceNsaLink, type NsaLinkPartners } from './announce-nsa-link'
import type { DomainContext } from './context'
import { canChangeNsaLink, changeNsaLink, listNsaLinks, type NsaLink } from './nsa-link'
import { forgetConsent } from './oauth-consent'
import { activeGrantsOf, revokeGrantAndRefreshTokens } from './oauth-grants'

/**
 * "Revoke access" in My Account: ends every grant (access and refresh tokens) `clientId` holds
 * for the account, forgets the consent, marks its open NSA links revoked and queues a signed
 * `nsa_link.revoked` for each. Revoking a partner with nothing granted changes nothing.
 *
 * @example
 * const { links } = await revokePartnerAccess(ctx, partners, account.id, 'auctane')
 */
export async function revokePartnerAccess(
  ctx: DomainContext,
  partners: NsaLinkPartners,
  accountId: string,
  clientId: string,
): Promise<{ grants: number; links: NsaLink[] }> {
  const grants = await activeGrantsOf(ctx, clientId, accountId)
  for (const grant of grants) await revokeGrantAndRefreshTokens(ctx, grant.id)
  await forgetConsent(ctx, clientId, accountId)
  const open = (await listNsaLinks(ctx)).filter(
    (l) =>
      l.clientId === clientId &&
      l.uspsAccountId === accountId &&
      canChangeNsaLink(l.status, 'revoke'),
  )
  const links: NsaLink[] = []
  for (const candidate of open) {
    const link = await changeNsaLink(ctx, candidate.id, 'revoke')
    if (!link) continue
    links.push(link)
    await announceNsaLink(ctx, partners, 'nsa_link.revoked', link)
  }
  return { grants: grants.length, links }
}
