import type { DomainContext } from './context'

const LINK_RESUMES = 'link_resumes'

/**
 * An authorization request that stopped because the account had no Enterprise Payment Account:
 * kept per account so the Business Portal can offer "Continue linking" once the EPA is added.
 */
export interface LinkResume {
  requestId: string
  clientName: string
}

export async function rememberLinkResume(
  ctx: Pick<DomainContext, 'store'>,
  accountId: string,
  resume: LinkResume,
): Promise<void> {
  await ctx.store.put(LINK_RESUMES, accountId, resume)
}

export async function linkResumeOf(
  ctx: Pick<DomainContext, 'store'>,
  accountId: string,
): Promise<LinkResume | undefined> {
  return ctx.store.get<LinkResume>(LINK_RESUMES, accountId)
}

export async function forgetLinkResume(
  ctx: Pick<DomainContext, 'store'>,
  accountId: string,
): Promise<void> {
  await ctx.store.delete(LINK_RESUMES, accountId)
}
