import { describe, expect, it } from 'vitest'
import { UsPhone } from './us-phone'

describe('UsPhone', () => {
  it.each([
    '(555) 010-0100',
    '555-010-0100',
    '555.010.0100',
    '5550100100',
    '+1 555 010 0100',
    '1 (555) 010-0100',
  ])('normalises %s to E.164', (typed) => {
    expect(UsPhone.parse(typed)).toBe('+15550100100')
  })

  it.each([
    ['too short', '555-0100'],
    ['too long', '555 010 0100 9'],
    ['letters', '555-CALL-NOW'],
    ['area code starting with 1', '(155) 010-0100'],
    ['empty', ''],
  ])('refuses a number that is %s', (_, typed) => {
    expect(UsPhone.safeParse(typed).success).toBe(false)
  })
})
