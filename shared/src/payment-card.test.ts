import { describe, expect, it } from 'vitest'
import {
  CardDetails,
  isCardExpired,
  isDeclinedTestCard,
  passesLuhn,
  TEST_CARDS,
} from './payment-card'

describe('payment cards', () => {
  it('accepts the test card with spaces and rejects a bad checksum', () => {
    const ok = CardDetails.safeParse({
      cardholderName: 'Ann',
      cardNumber: '4242 4242 4242 4242',
      expiry: '12/30',
      cvc: '123',
      billingZip: '78664',
    })
    expect(ok.success && ok.data.cardNumber).toBe(TEST_CARDS.approved)
    expect(passesLuhn('4242424242424241')).toBe(false)
  })

  it('treats a card as valid through the end of its expiry month', () => {
    expect(isCardExpired('03/26', new Date('2026-03-31T23:59:59Z'))).toBe(false)
    expect(isCardExpired('03/26', new Date('2026-04-01T00:00:00Z'))).toBe(true)
  })

  it('knows the declined test card', () => {
    expect(isDeclinedTestCard(TEST_CARDS.declined)).toBe(true)
    expect(isDeclinedTestCard(TEST_CARDS.approved)).toBe(false)
  })
})
