import { describe, expect, it } from 'vitest'
import { CopStatusConflictError } from '../errors'
import { isCopEvent, nextCopStatus } from './cop-status'

describe('nextCopStatus', () => {
  it('goes not_started -> approval_pending -> approved', () => {
    const pending = nextCopStatus('not_started', 'cop.approval_pending')
    expect(pending).toBe('approval_pending')
    expect(nextCopStatus(pending, 'cop.approved')).toBe('approved')
  })

  it('accepts a repeated event for the current status', () => {
    expect(nextCopStatus('approval_pending', 'cop.approval_pending')).toBe('approval_pending')
    expect(nextCopStatus('approved', 'cop.approved')).toBe('approved')
  })

  it('refuses approval before the connection was submitted', () => {
    expect(() => nextCopStatus('not_started', 'cop.approved')).toThrow(CopStatusConflictError)
  })

  it('refuses going back from approved to pending', () => {
    expect(() => nextCopStatus('approved', 'cop.approval_pending')).toThrow(CopStatusConflictError)
  })

  it('knows only the four COP events', () => {
    expect(isCopEvent('cop.approved')).toBe(true)
    expect(isCopEvent('cop.rejected')).toBe(true)
    expect(isCopEvent('nsa_link.approved')).toBe(false)
  })

  it('rejects or revokes a pending link, revokes an approved one, and starts again from either', () => {
    expect(nextCopStatus('approval_pending', 'cop.rejected')).toBe('rejected')
    expect(nextCopStatus('approved', 'cop.revoked')).toBe('revoked')
    expect(nextCopStatus('rejected', 'cop.approval_pending')).toBe('approval_pending')
    expect(nextCopStatus('revoked', 'cop.approval_pending')).toBe('approval_pending')
    expect(() => nextCopStatus('rejected', 'cop.approved')).toThrow(CopStatusConflictError)
    expect(() => nextCopStatus('not_started', 'cop.rejected')).toThrow(CopStatusConflictError)
  })
})
