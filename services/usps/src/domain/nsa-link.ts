import { secretToken } from '@partner-sandbox/shared'
import { NsaLinkStateError } from '../errors'
import type { DomainContext } from './context'

export const NSA_LINKS = 'nsa_links'
const NSA_LINK_KEYS = 'nsa_link_keys'

/**
 * A platform's request to use a customer's NSA rates, created by a payment authorization and
 * decided by the USPS representative (the desk at `/rep`, or its control routes).
 *
 *   pending --approve--> approved --revoke--> revoked
 *   pending --reject--> rejected
 *   pending --revoke--> revoked
 *
 * rejected and revoked are final: linking again makes a new pending request.
 */
export type NsaLinkStatus = 'pending' | 'approved' | 'rejected' | 'revoked'
export type NsaLinkEvent = 'approve' | 'reject' | 'revoke'
export const NSA_LINK_STATUSES = ['pending', 'approved', 'rejected', 'revoked'] as const

const TRANSITIONS: Record<NsaLinkStatus, Partial<Record<NsaLinkEvent, NsaLinkStatus>>> = {
  pending: { approve: 'approved', reject: 'rejected', revoke: 'revoked' },
  approved: { revoke: 'revoked' },
  rejected: {},
  revoked: {},
}

export function canChangeNsaLink(status: NsaLinkStatus, event: NsaLinkEvent): boolean {
  return TRANSITIONS[status][event] !== undefined
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
  rejectedAt?: string
  /** The representative's words, sent to the platform with `nsa_link.rejected`. */
  rejectionReason?: string
  revokedAt?: string
}

export type NewNsaLink = Pick<NsaLink, 'clientId' | 'uspsAccountId' | 'crid' | 'mid' | 'epsNumber'>

const isOpen = (link: NsaLink) => link.status === 'pending' || link.status === 'approved'

/**
 * Records a pending link request, once per client, account and EPS number: repeating the payment
 * authorization keeps an open (pending or approved) request; after a rejection or revocation it
 * makes a new pending one, so the customer can start again.
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
    if (link && isOpen(link)) return link
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

export async function getNsaLink(
  ctx: Pick<DomainContext, 'store'>,
  id: string,
): Promise<NsaLink | undefined> {
  return ctx.store.get<NsaLink>(NSA_LINKS, id)
}

/**
 * Applies `event` to the stored link atomically; the state machine's refusal (409) is thrown, an
 * unknown id answers undefined.
 */
export async function changeNsaLink(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  id: string,
  event: NsaLinkEvent,
  patch: Partial<NsaLink> = {},
): Promise<NsaLink | undefined> {
  const now = ctx.clock.now().toISOString()
  const stamp = { approve: 'approvedAt', reject: 'rejectedAt', revoke: 'revokedAt' } as const
  let refusal: unknown
  const updated = await ctx.store.update<NsaLink>(NSA_LINKS, id, (link) => {
    if (!link) return link
    try {
      const status = nextNsaLinkStatus(link.status, event)
      return { ...link, ...patch, status, [stamp[event]]: now }
    } catch (error) {
      refusal = error
      return link
    }
  })
  if (refusal) throw refusal
  return updated
}
