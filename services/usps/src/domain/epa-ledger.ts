import { secretToken } from '@partner-sandbox/shared'
import type { DomainContext } from './context'

export const EPA_LEDGER = 'epa_ledger'

/**
 * One movement on an Enterprise Payment Account: a label's postage charged, or refunded when the
 * label is cancelled. Entries are never changed; the balance is derived from them.
 */
export interface EpaLedgerEntry {
  id: string
  accountId: string
  epsNumber: string
  kind: 'charge' | 'refund'
  /** Dollars, always positive; `kind` says which way. */
  amount: number
  trackingNumber: string
  description: string
  at: string
}

export type NewEpaLedgerEntry = Omit<EpaLedgerEntry, 'id' | 'at'>

export async function recordLedgerEntry(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  entry: NewEpaLedgerEntry,
): Promise<EpaLedgerEntry> {
  const stored: EpaLedgerEntry = {
    id: `epa_${secretToken(9)}`,
    ...entry,
    at: ctx.clock.now().toISOString(),
  }
  await ctx.store.put(EPA_LEDGER, stored.id, stored)
  return stored
}

/** The account's entries, newest first. */
export async function listLedger(
  ctx: Pick<DomainContext, 'store'>,
  accountId: string,
): Promise<EpaLedgerEntry[]> {
  const all = await ctx.store.list<EpaLedgerEntry>(EPA_LEDGER)
  return all.filter((e) => e.accountId === accountId).reverse()
}

/** Charges less refunds, to the cent. */
export function netCharged(entries: EpaLedgerEntry[]): number {
  const cents = entries.reduce(
    (sum, e) => sum + Math.round(e.amount * 100) * (e.kind === 'charge' ? 1 : -1),
    0,
  )
  return cents / 100
}
