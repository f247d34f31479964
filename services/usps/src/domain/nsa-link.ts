import { secretToken } from '@partner-sandbox/shared'
import { NsaLinkStateError } from '../errors'
import type { DomainContext } from './context'

export const NSA_LINKS = 'nsa_links'
const NSA_LINK_KEYS = 'nsa_link_keys'

/**
 * A platform's request to use a customer's NSA rates, created by a payment authorization and
 * approved by USPS (here: the control API, `approveNsaLink`).
 *
 *   pending --approve--> approved
 */
export type NsaLinkStatus = 'pending' | 'approved'
export type NsaLinkEvent = 'approve'

const TRANSITIONS: Record<NsaLinkStatus, Partial<Record<NsaLinkEvent, NsaLinkStatus>>> = {
  pending: { approve: 'approved' },
  approved: {},
}

export function nextNsaLinkStatus(status: NsaLinkStatus, event: NsaLinkEvent): NsaLinkStatus {
  const next = TRANSITIONS[status][event]
  if (!next) throw new NsaLinkStateError(`The NSA link is already ${status}; nothing to ${event}.`)
  return next
}

export interface NsaLink {
  id: string
  status: NsaLinkStatus
  clientId: string
  uspsAccountId: string
  crid: string
  mid: string
  epsNumber: string
  createdAt: string
  approvedAt?: string
}

export type NewNsaLink = Pick<NsaLink, 'clientId' | 'uspsAccountId' | 'crid' | 'mid' | 'epsNumber'>

/**
 * Records a pending link request, once per client, account and EPS number: repeating the payment
 * authorization keeps the existing request (whatever its status).
 */
export async function requestNsaLink(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  input: NewNsaLink,
): Promise<NsaLink> {
  const key = `${input.clientId}|${input.uspsAccountId}|${input.epsNumber}`
  const id = `nsa_${secretToken(9)}`
  if (!(await ctx.store.insert(NSA_LINK_KEYS, key, { linkId: id }))) {
    const existing = await ctx.store.get<{ linkId: string }>(NSA_LINK_KEYS, key)
    const link = existing && (await ctx.store.get<NsaLink>(NSA_LINKS, existing.linkId))
    if (link) return link
  }
  const link: NsaLink = {
    id,
    status: 'pending',
    ...input,
    createdAt: ctx.clock.now().toISOString(),
  }
  await ctx.store.put(NSA_LINKS, id, link)
  await ctx.store.put(NSA_LINK_KEYS, key, { linkId: id })
  return link
}

export async function listNsaLinks(ctx: Pick<DomainContext, 'store'>): Promise<NsaLink[]> {
  return ctx.store.list<NsaLink>(NSA_LINKS)
}
