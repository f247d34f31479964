import { secretToken } from '@partner-sandbox/shared'
import { InsufficientFundsError } from '../errors'
import type { DomainContext } from './context'

const LEDGERS = 'balance_ledgers'

/** Why money moved: a label bought or voided, or funds added (by hand, auto-fund, or the API). */
export type BalanceReason = 'label_purchase' | 'label_refund' | 'funding' | (string & {})

/** One movement of the ShipStation Balance; amounts are integer cents. */
export interface BalanceTransaction {
  id: string
  type: 'debit' | 'credit'
  amount: number
  reason: BalanceReason
  /** What it was for, e.g. the label id, shown in the transaction history. */
  reference?: string
  idempotencyKey: string
  balanceAfter: number
  at: string
}

export interface BalanceLedger {
  accountId: string
  /** Integer cents. */
  balance: number
  /** Oldest first. */
  transactions: BalanceTransaction[]
}

export interface BalanceMovement {
  accountId: string
  /** Integer cents, above zero. */
  amount: number
  reason: BalanceReason
  reference?: string
  /** A repeat with the same key answers the first transaction and moves nothing. */
  idempotencyKey: string
}

/** The account's Balance and its transaction history (an empty ledger before the first one). */
export async function balanceLedger(
  ctx: Pick<DomainContext, 'store'>,
  accountId: string,
): Promise<BalanceLedger> {
  return (
    (await ctx.store.get<BalanceLedger>(LEDGERS, accountId)) ?? {
      accountId,
      balance: 0,
      transactions: [],
    }
  )
}

/**
 * Takes `amount` cents from the Balance, atomically; InsufficientFundsError (402) when the Balance
 * cannot pay, and then nothing moves. Idempotent by key.
 *
 * @example
 * await debitBalance(ctx, { accountId, amount: 1045, reason: 'label_purchase', idempotencyKey })
 */
export function debitBalance(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  movement: BalanceMovement,
): Promise<BalanceTransaction> {
  return move(ctx, movement, 'debit')
}

/**
 * Adds `amount` cents to the Balance (funding, refunds), atomically. Idempotent by key.
 *
 * @example
 * await creditBalance(ctx, { accountId, amount: 5000, reason: 'funding', idempotencyKey })
 */
export function creditBalance(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  movement: BalanceMovement,
): Promise<BalanceTransaction> {
  return move(ctx, movement, 'credit')
}

async function move(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  movement: BalanceMovement,
  type: BalanceTransaction['type'],
): Promise<BalanceTransaction> {
  if (!Number.isInteger(movement.amount) || movement.amount <= 0) {
    throw new TypeError(
      `A Balance ${type} takes a positive whole number of cents, not ${movement.amount}.`,
    )
  }
  let result: BalanceTransaction | undefined
  await ctx.store.update<BalanceLedger>(LEDGERS, movement.accountId, (current) => {
    const ledger = current ?? { accountId: movement.accountId, balance: 0, transactions: [] }
    const earlier = ledger.transactions.find((t) => t.idempotencyKey === movement.idempotencyKey)
    if (earlier) {
      result = earlier
      return ledger
    }
    const balanceAfter = ledger.balance + (type === 'credit' ? movement.amount : -movement.amount)
    if (balanceAfter < 0) throw new InsufficientFundsError(movement.amount, ledger.balance)
    const transaction: BalanceTransaction = {
      id: `txn_${secretToken(9)}`,
      type,
      amount: movement.amount,
      reason: movement.reason,
      ...(movement.reference ? { reference: movement.reference } : {}),
      idempotencyKey: movement.idempotencyKey,
      balanceAfter,
      at: ctx.clock.now().toISOString(),
    }
    result = transaction
    return { ...ledger, balance: balanceAfter, transactions: [...ledger.transactions, transaction] }
  })
  if (!result) throw new TypeError('The Balance ledger update did not run.')
  return result
}

/** Cents as dollars for people: 1045 -> "$10.45". */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  return `${sign}$${(Math.abs(cents) / 100).toFixed(2)}`
}

/** Dollars (as USPS and the v2 API give them) as integer cents. */
export function toCents(dollars: number): number {
  return Math.round(dollars * 100)
}
