import { describe, expect, it } from 'vitest'
import { hashPassword, NewPassword, verifyPassword } from './password'

describe('passwords', () => {
  it('verifies the right password only, and never stores it in clear', async () => {
    const stored = await hashPassword('Secret123')
    expect(stored).not.toContain('Secret123')
    expect(await verifyPassword('Secret123', stored)).toBe(true)
    expect(await verifyPassword('Secret124', stored)).toBe(false)
    expect(await verifyPassword('Secret123', 'garbage')).toBe(false)
  })

  it('states the rule a new password must meet', () => {
    expect(NewPassword.safeParse('short1').success).toBe(false)
    expect(NewPassword.safeParse('longenough').success).toBe(false)
    expect(NewPassword.safeParse('longenough1').success).toBe(true)
  })
})
