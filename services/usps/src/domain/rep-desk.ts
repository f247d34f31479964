import * as z from 'zod'
import { getAccount } from './account'
import { approvalBlocker } from './approve-nsa-link'
import type { DomainContext } from './context'
import type { EpaStatus } from './epa'
import { listNsaLinks, NSA_LINK_STATUSES, type NsaLink } from './nsa-link'
import { getPaymentAccount } from './payment-account'

/** `?state=&q=` of the desk and of `GET /__sandbox/rep/links`. */
export const DeskFilterInput = z.object({
  state: z
    .enum(NSA_LINK_STATUSES, 'Filter by state: pending, approved, rejected or revoked.')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  q: z.string().trim().max(100, 'Search with at most 100 characters.').optional(),
})

/** One line of the representative's list: the request and what the rep needs to decide. */
export interface DeskRow {
  link: NsaLink
  company: string
  email: string
  epaStatus: EpaStatus
  /** Why Approve is disabled, when it is. */
  approvalBlocker?: string
}

/**
 * The link requests of the tenant, newest first, filtered by state and by text (company,
 * email, CRID, MID, EPS number or link id, case-insensitive).
 *
 * @example
 * const rows = await deskRows(ctx, { state: 'pending', q: 'ann' })
 */
export async function deskRows(
  ctx: Pick<DomainContext, 'store'>,
  filter: z.output<typeof DeskFilterInput>,
): Promise<DeskRow[]> {
  // Reversed first: a stable sort keeps same-instant requests newest first.
  const links = (await listNsaLinks(ctx))
    .reverse()
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const rows: DeskRow[] = []
  const q = filter.q?.toLowerCase()
  for (const link of links) {
    if (filter.state && link.status !== filter.state) continue
    const account = await getAccount(ctx, link.uspsAccountId)
    const epa = await getPaymentAccount(ctx, link.uspsAccountId)
    const row: DeskRow = {
      link,
      company: account?.company.companyName ?? '(account deleted)',
      email: account?.email ?? '',
      epaStatus: epa.status,
      approvalBlocker: link.status === 'pending' ? approvalBlocker(epa) : undefined,
    }
    const text = [row.company, row.email, link.crid, link.mid, link.epsNumber, link.id]
    if (q && !text.some((t) => t.toLowerCase().includes(q))) continue
    rows.push(row)
  }
  return rows
}
