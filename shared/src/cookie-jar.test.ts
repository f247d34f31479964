import { describe, expect, it } from 'vitest'
import { CookieJar } from './cookie-jar'

const setting = (...lines: string[]) => {
  const headers = new Headers()
  for (const line of lines) headers.append('set-cookie', line)
  return headers
}

describe('cookie jar', () => {
  it('keeps cookies per origin, as browsers keep them per site', () => {
    const jar = new CookieJar()
    jar.store(
      'http://usps.test/login',
      setting('usps_session=abc; Path=/; HttpOnly', 'sandbox_tenant=t1; Path=/'),
    )
    expect(jar.headerFor('http://usps.test/portal')).toBe('usps_session=abc; sandbox_tenant=t1')
    expect(jar.headerFor('http://stamps.test/')).toBeUndefined()
    expect(jar.valueOf('http://usps.test', 'usps_session')).toBe('abc')
  })

  it('deletes a cookie set with Max-Age=0 or an Expires in 1970', () => {
    const jar = new CookieJar()
    jar.store('http://a.test', setting('a=1', 'b=2'))
    jar.store(
      'http://a.test',
      setting('a=; Max-Age=0', 'b=2; Expires=Thu, 01 Jan 1970 00:00:00 GMT'),
    )
    expect(jar.headerFor('http://a.test')).toBeUndefined()
  })
})
