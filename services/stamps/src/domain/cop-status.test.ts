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

  it('lets a rejected link start again by linking or by sending the details again', () => {
    expect(transition('approval_pending', 'rejected')).toBe('rejected')
    expect(transition('rejected', 'usps_linked')).toBe('usps_linked')
    expect(transition('rejected', 'approval_pending')).toBe('approval_pending')
    expect(canTransition('rejected', 'approved')).toBe(false)
  })

  it('revokes a pending or approved link, which only linking again undoes', () => {
    expect(transition('approved', 'revoked')).toBe('revoked')
    expect(transition('approval_pending', 'revoked')).toBe('revoked')
    expect(transition('revoked', 'usps_linked')).toBe('usps_linked')
    expect(() => transition('revoked', 'approval_pending')).toThrow(
      /Auctane's access to your USPS business account was revoked/,
    )
  })
})
