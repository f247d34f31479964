import { NotFoundError, type SandboxContext } from '@partner-sandbox/shared'
import { getAuthorizationRequest } from '../domain/authorization-request'
import type { DomainContext } from '../domain/context'
import { linkResumeOf } from '../domain/link-resume'
import { findClient } from '../domain/oauth-clients'
import { consentsOf } from '../domain/oauth-consent'
import { revokePartnerAccess } from '../domain/revoke-partner-access'
import type { UspsRuntime } from '../runtime'

/** One line of "Partners with access" in My Account. */
export interface GrantedPartner {
  clientId: string
  name: string
  scopes: string[]
  grantedAt: string
}

/** The partners the account consented to, with their display names. */
export async function grantedPartners(
  vars: SandboxContext['var'],
  runtime: UspsRuntime,
  accountId: string,
): Promise<GrantedPartner[]> {
  const consents = await consentsOf(vars, accountId)
  const partners: GrantedPartner[] = []
  for (const consent of consents) {
    const client = await findClient(vars, runtime.clients, consent.clientId)
    partners.push({
      clientId: consent.clientId,
      name: client?.name ?? consent.clientId,
      scopes: consent.scopes,
      grantedAt: consent.grantedAt,
    })
  }
  return partners
}

/** The stopped link to offer as "Continue linking", while its authorization request lives. */
export async function resumableLink(vars: SandboxContext['var'], accountId: string) {
  const resume = await linkResumeOf(vars, accountId)
  if (!resume) return undefined
  const request = await getAuthorizationRequest(vars, resume.requestId)
  return request
    ? { href: `/oauth2/v3/consent/${request.id}`, clientName: resume.clientName }
    : undefined
}

/** "Revoke access": a partner the account never granted is a 404. */
export async function revokeAccess(
  ctx: DomainContext,
  runtime: UspsRuntime,
  accountId: string,
  clientId: string,
) {
  const granted = (await consentsOf(ctx, accountId)).some((c) => c.clientId === clientId)
  if (!granted) throw new NotFoundError(`You have not given ${clientId} access.`)
  const result = await revokePartnerAccess(ctx, runtime, accountId, clientId)
  return { ...result, queued: result.links.length > 0 }
}
