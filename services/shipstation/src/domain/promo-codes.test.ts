import { createMemoryStore } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { InvalidPromoCodeError } from '../errors'
import { acceptPromoCode, addPromoCode, listPromoCodes } from './promo-codes'

describe('promo codes', () => {
  it('accepts the built-in code in any case', async () => {
    const store = createMemoryStore().forTenant('t1')
    expect(await acceptPromoCode({ store }, ' usps-nsa-demo ')).toBe('USPS-NSA-DEMO')
  })

  it('refuses an unknown code with the message the guide asks for', async () => {
    const store = createMemoryStore().forTenant('t1')
    await expect(acceptPromoCode({ store }, 'NOPE-1')).rejects.toThrow(
      'The promo code NOPE-1 is not valid. Use the promo code your USPS representative gave you.',
    )
    await expect(acceptPromoCode({ store }, 'NOPE-1')).rejects.toBeInstanceOf(InvalidPromoCodeError)
  })

  it('accepts a tenant code only in that tenant', async () => {
    const store = createMemoryStore()
    await addPromoCode({ store: store.forTenant('t1') }, 'acme-2026')
    expect(await acceptPromoCode({ store: store.forTenant('t1') }, 'ACME-2026')).toBe('ACME-2026')
    await expect(
      acceptPromoCode({ store: store.forTenant('t2') }, 'ACME-2026'),
    ).rejects.toBeInstanceOf(InvalidPromoCodeError)
    expect(await listPromoCodes({ store: store.forTenant('t1') })).toEqual([
      'USPS-NSA-DEMO',
      'ACME-2026',
    ])
  })
})
