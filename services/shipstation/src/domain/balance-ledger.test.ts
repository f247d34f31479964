import { createMemoryStore } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { balanceLedger, creditBalance, debitBalance, formatCents } from './balance-ledger'

const ctx = () => ({
  store: createMemoryStore().forTenant('t'),
  clock: { now: () => new Date('2026-03-01T12:00:00Z') },
})
const movement = (amount: number, idempotencyKey: string) => ({
  accountId: 'SS1',
  amount,
  reason: 'label_purchase',
  idempotencyKey,
})

describe('balance ledger', () => {
  it('credits and debits in cents and keeps the transaction history', async () => {
    const c = ctx()
    await creditBalance(c, { ...movement(5000, 'f1'), reason: 'funding' })
    const debit = await debitBalance(c, movement(1190, 'l1'))
    expect(debit).toMatchObject({ type: 'debit', amount: 1190, balanceAfter: 3810 })
    const ledger = await balanceLedger(c, 'SS1')
    expect(ledger.balance).toBe(3810)
    expect(ledger.transactions.map((t) => t.reason)).toEqual(['funding', 'label_purchase'])
  })

  it('answers a repeated idempotency key with the first transaction and moves nothing', async () => {
    const c = ctx()
    const first = await creditBalance(c, movement(1000, 'k'))
    expect(await creditBalance(c, movement(1000, 'k'))).toEqual(first)
    expect((await balanceLedger(c, 'SS1')).balance).toBe(1000)
  })

  it('refuses a debit the Balance cannot pay with "Insufficient funds. Add funds to continue."', async () => {
    const c = ctx()
    await creditBalance(c, movement(500, 'f'))
    await expect(debitBalance(c, movement(1190, 'l'))).rejects.toMatchObject({
      code: 'insufficient_funds',
      status: 402,
      message: expect.stringContaining('Insufficient funds. Add funds to continue.'),
    })
    expect((await balanceLedger(c, 'SS1')).transactions).toHaveLength(1)
  })

  it('refuses amounts that are not positive whole cents as a programming error', async () => {
    await expect(debitBalance(ctx(), movement(10.5, 'x'))).rejects.toBeInstanceOf(TypeError)
    await expect(creditBalance(ctx(), movement(0, 'x'))).rejects.toBeInstanceOf(TypeError)
  })

  it('formats cents for people', () => {
    expect(formatCents(1045)).toBe('$10.45')
    expect(formatCents(-5)).toBe('-$0.05')
  })
})
