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

  it('knows only the two COP events', () => {
    expect(isCopEvent('cop.approved')).toBe(true)
    expect(isCopEvent('nsa_link.approved')).toBe(false)
  })
})
