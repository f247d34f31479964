import { describe, expect, it } from 'vitest'
import { pathAndQuery } from './sandbox-edge'

describe('pathAndQuery', () => {
  it.each([
    'http://127.0.0.1:4000/',
    'http://localhost/api/v1/account',
    'http://localhost/api/v1/account?',
    'http://localhost/a?b=1&c=%20d',
    'http://localhost/a?b=1#frag',
    'http://localhost/a#frag?x',
    'http://localhost/a/?q=?x',
    'https://user:pw@example.com:8443/p%2Fq?x=y',
    'http://localhost/%E2%9C%93?%E2%9C%93=1',
  ])('is the pathname and search of %s', (href) => {
    const url = new URL(href)
    expect(pathAndQuery(url.href)).toBe(`${url.pathname}${url.search}`)
  })
})
