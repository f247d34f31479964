import { createMemoryStore } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { InvalidPromoCodeError, PromoCodeExpiredError, PromoCodeUsedError } from '../errors'
import {
  acceptPromoCode,
  addPromoCode,
  BUILT_IN_PROMO_CODE,
  claimPromoCode,
  listPromoCodes,
  releasePromoCode,
} from './promo-codes'

const NOW = Date.parse('2026-05-01T12:00:00Z')
const ctxOf = (tenant = 't1', store = createMemoryStore(), at = NOW) => ({
  store: store.forTenant(tenant),
  clock: { now: () => new Date(at) },
})

describe('promo codes', () => {
  it('accepts the built-in code in any case, any number of times, at any date', async () => {
    const ctx = ctxOf()
    const demo = await acceptPromoCode(ctx, ' usps-nsa-demo ')
    expect(demo).toMatchObject({ code: BUILT_IN_PROMO_CODE, singleUse: false, expiresAt: null })
    await claimPromoCode(ctx, demo, 'SS1')
    await claimPromoCode(ctx, demo, 'SS2')
    const later = ctxOf('t1', createMemoryStore(), Date.parse('2099-01-01T00:00:00Z'))
    expect((await acceptPromoCode(later, 'USPS-NSA-DEMO')).code).toBe(BUILT_IN_PROMO_CODE)
  })

  it('refuses an unknown code with the message the guide asks for', async () => {
    const ctx = ctxOf()
    await expect(acceptPromoCode(ctx, 'NOPE-1')).rejects.toThrow(
      'The promo code NOPE-1 is not valid. Use the promo code your USPS representative gave you.',
    )
    await expect(acceptPromoCode(ctx, 'NOPE-1')).rejects.toBeInstanceOf(InvalidPromoCodeError)
  })

  it('accepts a tenant code only in that tenant', async () => {
    const store = createMemoryStore()
    await addPromoCode(ctxOf('t1', store), { code: 'acme-2026' }, 'control_api')
    expect((await acceptPromoCode(ctxOf('t1', store), 'ACME-2026')).code).toBe('ACME-2026')
    await expect(acceptPromoCode(ctxOf('t2', store), 'ACME-2026')).rejects.toBeInstanceOf(
      InvalidPromoCodeError,
    )
    expect((await listPromoCodes(ctxOf('t1', store))).map((p) => p.code)).toEqual([
      'USPS-NSA-DEMO',
      'ACME-2026',
    ])
  })

  it('refuses a code past its expiry with its own message', async () => {
    const store = createMemoryStore()
    await addPromoCode(
      ctxOf('t1', store),
      { code: 'OLD-1', expiresAt: '2026-04-30T00:00:00Z' },
      'control_api',
    )
    const refusal = acceptPromoCode(ctxOf('t1', store), 'old-1')
    await expect(refusal).rejects.toBeInstanceOf(PromoCodeExpiredError)
    await expect(acceptPromoCode(ctxOf('t1', store), 'old-1')).rejects.toThrow(
      'The promo code OLD-1 expired on 2026-04-30. Ask your USPS representative for a new one.',
    )
  })

  it('lets a single-use code create one account, and gives it back if that registration fails', async () => {
    const store = createMemoryStore()
    const ctx = ctxOf('t1', store)
    await addPromoCode(ctx, { code: 'ONCE-1' }, 'control_api')
    const code = await acceptPromoCode(ctx, 'ONCE-1')
    await claimPromoCode(ctx, code, 'SS1')
    await expect(acceptPromoCode(ctx, 'ONCE-1')).rejects.toBeInstanceOf(PromoCodeUsedError)
    await expect(claimPromoCode(ctx, code, 'SS2')).rejects.toThrow(
      'The promo code ONCE-1 was already used to create a ShipStation account',
    )
    await releasePromoCode(ctx, code, 'SS2')
    await expect(acceptPromoCode(ctx, 'ONCE-1')).rejects.toBeInstanceOf(PromoCodeUsedError)
    await releasePromoCode(ctx, code, 'SS1')
    expect((await acceptPromoCode(ctx, 'ONCE-1')).usedBy).toBeNull()
  })

  it('keeps a reusable control-API code reusable, and keeps the first version of a code', async () => {
    const ctx = ctxOf()
    const offer = { name: 'Acme NSA', description: 'Priority Mail -12 %' }
    await addPromoCode(ctx, { code: 'CLASS-1', singleUse: false, offer }, 'control_api')
    const again = await addPromoCode(ctx, { code: 'class-1', singleUse: true }, 'control_api')
    expect(again).toMatchObject({ singleUse: false, offer })
    const code = await acceptPromoCode(ctx, 'CLASS-1')
    await claimPromoCode(ctx, code, 'SS1')
    expect((await acceptPromoCode(ctx, 'CLASS-1')).usedBy).toBeNull()
  })
})
