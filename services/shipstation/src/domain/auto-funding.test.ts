import { createMemoryStore, createSeededRandom } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import type { Account } from './accounts'
import { applyAutoFunding, saveAutoFunding } from './auto-funding'
import { balanceLedger, creditBalance, debitBalance } from './balance-ledger'
import type { DomainContext } from './context'

function setup() {
  let now = Date.parse('2026-05-01T09:00:00Z')
  const ctx: DomainContext = {
    store: createMemoryStore().forTenant('t1'),
    clock: { now: () => new Date(now) },
    random: createSeededRandom(1),
    baseUrl: 'http://shipstation.test',
    passwordCost: 1024,
  }
  const account = {
    id: 'SS1',
    paymentMethods: [{ id: 'pm_1', brand: 'Visa', last4: '4242', expiry: '12/30', addedAt: '' }],
  } as unknown as Account
  const advance = (ms: number) => {
    now += ms
  }
  return { ctx, account, advance }
}

const SETTINGS = { enabled: true, threshold: 2_000, amount: 5_000, dailyMaximum: 10_000 }

describe('applyAutoFunding', () => {
  it('tops up by the amount when a purchase takes the Balance below the threshold, once', async () => {
    const { ctx, account } = setup()
    await ctx.store.put('accounts', account.id, account)
    await saveAutoFunding(ctx, account.id, SETTINGS)
    await creditBalance(ctx, {
      accountId: 'SS1',
      amount: 3_000,
      reason: 'funding',
      idempotencyKey: 'f1',
    })
    expect(await applyAutoFunding(ctx, 'SS1')).toBeUndefined()
    await debitBalance(ctx, {
      accountId: 'SS1',
      amount: 1_500,
      reason: 'label_purchase',
      idempotencyKey: 'l1',
    })
    const topUp = await applyAutoFunding(ctx, 'SS1')
    expect(topUp).toMatchObject({ amount: 5_000, reason: 'auto_funding', balanceAfter: 6_500 })
    // Running it again for the same purchase adds nothing.
    expect(await applyAutoFunding(ctx, 'SS1')).toBeUndefined()
    expect((await balanceLedger(ctx, 'SS1')).balance).toBe(6_500)
  })

  it('stops at the daily maximum and starts again the next day', async () => {
    const { ctx, account, advance } = setup()
    await ctx.store.put('accounts', account.id, account)
    await saveAutoFunding(ctx, account.id, SETTINGS)
    await creditBalance(ctx, {
      accountId: 'SS1',
      amount: 1_000,
      reason: 'funding',
      idempotencyKey: 'f1',
    })
    for (const key of ['l1', 'l2', 'l3']) {
      const { balance } = await balanceLedger(ctx, 'SS1')
      await debitBalance(ctx, {
        accountId: 'SS1',
        amount: balance,
        reason: 'label_purchase',
        idempotencyKey: key,
      })
      await applyAutoFunding(ctx, 'SS1')
    }
    const ledger = await balanceLedger(ctx, 'SS1')
    expect(ledger.transactions.filter((t) => t.reason === 'auto_funding')).toHaveLength(2)
    expect(ledger.balance).toBe(0)
    advance(24 * 3600_000)
    await debitBalance(ctx, {
      accountId: 'SS1',
      amount: 0 + 1,
      reason: 'label_purchase',
      idempotencyKey: 'l4',
    }).catch(() => undefined)
    await creditBalance(ctx, {
      accountId: 'SS1',
      amount: 100,
      reason: 'label_refund',
      idempotencyKey: 'r1',
    })
    expect(await applyAutoFunding(ctx, 'SS1')).toMatchObject({ amount: 5_000 })
  })

  it('does nothing while auto-fund is off', async () => {
    const { ctx, account } = setup()
    await ctx.store.put('accounts', account.id, account)
    await saveAutoFunding(ctx, account.id, { ...SETTINGS, enabled: false })
    await creditBalance(ctx, {
      accountId: 'SS1',
      amount: 1_000,
      reason: 'funding',
      idempotencyKey: 'f1',
    })
    expect(await applyAutoFunding(ctx, 'SS1')).toBeUndefined()
  })
})
