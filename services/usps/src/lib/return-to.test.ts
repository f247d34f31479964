import { describe, expect, it } from 'vitest'
import { loginUrl, safeReturnTo } from './return-to'

describe('return_to', () => {
  it('keeps paths on this site only', () => {
    expect(safeReturnTo('/oauth2/v3/consent/abc?x=1')).toBe('/oauth2/v3/consent/abc?x=1')
    expect(safeReturnTo('//evil.example')).toBeUndefined()
    expect(safeReturnTo('/\\evil.example')).toBeUndefined()
    expect(safeReturnTo('https://evil.example/')).toBeUndefined()
    expect(safeReturnTo('/a\nb')).toBeUndefined()
    expect(safeReturnTo(42)).toBeUndefined()
    expect(loginUrl('/portal')).toBe('/login?return_to=%2Fportal')
    expect(loginUrl('//x')).toBe('/login')
  })
})
