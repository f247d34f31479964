import { createSeededRandom } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { wrongOf } from './expressions'
import { interpolate } from './interpolate'

const shape = (v: string) => v.replace(/\d/g, '0').replace(/[a-z]/g, 'a').replace(/[A-Z]/g, 'A')

describe(`expressions in \${...}`, () => {
  it('gives a wrong value of the same shape that is never the captured one', () => {
    const random = createSeededRandom(1)
    for (const value of ['123456', '0.37', 'ABC-9', '4711', 'x']) {
      for (let i = 0; i < 50; i++) {
        const wrong = wrongOf(value, random)
        expect(wrong).not.toBe(value)
        expect(wrong).toHaveLength(value.length)
        expect(shape(wrong)).toBe(shape(value))
      }
    }
    expect(interpolate(`\${wrong(code)}`, { code: '654321' })).toMatch(/^65432[02-9]$/)
  })

  it('generates digits and letters, the same ones for the same seed', () => {
    const a = interpolate(`\${digits(6)}-\${letters(3)}`, {}, createSeededRandom(42))
    const b = interpolate(`\${digits(6)}-\${letters(3)}`, {}, createSeededRandom(42))
    expect(a).toMatch(/^[1-9]\d{5}-[a-z]{3}$/)
    expect(a).toBe(b)
  })

  it('names the unknown function, a missing variable and a bad count', () => {
    expect(() => interpolate(`\${nope(1)}`, {})).toThrow(
      `unknown function nope() in \${nope(1)} (functions: digits, letters, wrong)`,
    )
    expect(() => interpolate(`\${wrong(code)}`, {})).toThrow('wrong(code) needs a variable')
    expect(() => interpolate(`\${digits(0)}`, {})).toThrow('digits(n) needs a whole number')
  })
})
