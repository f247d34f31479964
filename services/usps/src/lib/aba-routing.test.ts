import { describe, expect, it } from 'vitest'
import { passesAbaChecksum } from './aba-routing'

describe('ABA routing checksum', () => {
  it('accepts real routing numbers and refuses a changed digit or a wrong length', () => {
    expect(passesAbaChecksum('011000015')).toBe(true)
    expect(passesAbaChecksum('021000021')).toBe(true)
    expect(passesAbaChecksum('021000022')).toBe(false)
    expect(passesAbaChecksum('02100002')).toBe(false)
    expect(passesAbaChecksum('02100002a')).toBe(false)
  })
})
