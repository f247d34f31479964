import { randomBytes, scryptSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PASSWORD_COST,
  hashPassword,
  NewPassword,
  PasswordCost,
  verifyPassword,
} from './password'

describe('passwords', () => {
  it('verifies the right password only, and never stores it in clear', async () => {
    const stored = await hashPassword('Secret123')
    expect(stored).not.toContain('Secret123')
    expect(await verifyPassword('Secret123', stored)).toBe(true)
    expect(await verifyPassword('Secret124', stored)).toBe(false)
    expect(await verifyPassword('Secret123', 'garbage')).toBe(false)
  })

  it('writes the cost into the hash and verifies hashes of any cost', async () => {
    expect(await hashPassword('Secret123')).toMatch(
      new RegExp(`^scrypt\\$${DEFAULT_PASSWORD_COST}\\$`),
    )
    const costly = await hashPassword('Secret123', 16_384)
    expect(costly.split('$')[1]).toBe('16384')
    expect(await verifyPassword('Secret123', costly)).toBe(true)
  })

  it('still verifies hashes written before the cost was configurable', async () => {
    const salt = randomBytes(16)
    const legacy = `scrypt$${salt.toString('base64url')}$${scryptSync('Secret123', salt, 32).toString('base64url')}`
    expect(await verifyPassword('Secret123', legacy)).toBe(true)
    expect(await verifyPassword('Secret12', legacy)).toBe(false)
  })

  it('accepts only powers of two as a cost', () => {
    expect(PasswordCost.safeParse('1024').success).toBe(true)
    expect(PasswordCost.safeParse('1000').success).toBe(false)
    expect(PasswordCost.safeParse('8').success).toBe(false)
  })

  it('states the rule a new password must meet', () => {
    expect(NewPassword.safeParse('short1').success).toBe(false)
    expect(NewPassword.safeParse('longenough').success).toBe(false)
    expect(NewPassword.safeParse('longenough1').success).toBe(true)
  })
})
