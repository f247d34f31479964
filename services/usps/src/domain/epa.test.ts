import { describe, expect, it } from 'vitest'
import { EpaStateError } from '../errors'
import { canApply, nextEpaStatus } from './epa'

describe('the EPA state machine', () => {
  it('activates at once for a credit card and waits for micro-debits for ACH', () => {
    expect(nextEpaStatus('none', 'credit_card_added')).toBe('active')
    expect(nextEpaStatus('none', 'ach_added')).toBe('pending_verification')
    expect(nextEpaStatus('pending_verification', 'micro_debits_verified')).toBe('active')
    expect(nextEpaStatus('pending_verification', 'verification_failed')).toBe('verification_failed')
  })

  it('lets a failed bank account be replaced, but nothing be added to an active EPA', () => {
    expect(nextEpaStatus('verification_failed', 'credit_card_added')).toBe('active')
    expect(canApply('active', 'credit_card_added')).toBe(false)
    expect(() => nextEpaStatus('active', 'ach_added')).toThrow(EpaStateError)
    expect(() => nextEpaStatus('none', 'micro_debits_verified')).toThrow(/Add a payment account/)
    expect(() => nextEpaStatus('pending_verification', 'credit_card_added')).toThrow(
      /Verify the two micro-debits/,
    )
  })
})
