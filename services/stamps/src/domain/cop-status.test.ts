import { describe, expect, it } from 'vitest'
import { InvalidStatusTransitionError } from '../errors'
import { canTransition, transition } from './cop-status'

describe('COP status', () => {
  it('walks not_started -> usps_linked -> approval_pending -> approved', () => {
    expect(transition('not_started', 'usps_linked')).toBe('usps_linked')
    expect(transition('usps_linked', 'approval_pending')).toBe('approval_pending')
    expect(transition('approval_pending', 'approved')).toBe('approved')
  })

  it('allows linking USPS again before the details are sent', () => {
    expect(canTransition('usps_linked', 'usps_linked')).toBe(true)
  })

  it('refuses to skip the USPS link', () => {
    expect(() => transition('not_started', 'approval_pending')).toThrow(
      InvalidStatusTransitionError,
    )
  })

  it('refuses to leave approved or go back from pending', () => {
    expect(canTransition('approved', 'approval_pending')).toBe(false)
    expect(canTransition('approval_pending', 'usps_linked')).toBe(false)
  })
})
