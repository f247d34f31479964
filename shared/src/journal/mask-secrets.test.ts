import { describe, expect, it } from 'vitest'
import { maskHeaderRecord, maskHeaders, maskRawHeaders } from './mask-secrets'

/** Headers as @hono/node-server builds them from Node's raw headers. */
function headersOf(raw: string[]): Headers {
  const headers = new Headers()
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string)
  return headers
}

const RAW: string[][] = [
  [],
  ['Host', '127.0.0.1:4000', 'Accept', 'application/json', 'Authorization', 'Bearer abc.def'],
  [
    'cookie',
    'a=1',
    'X-Api-Key',
    'k1',
    'Cookie',
    'b=2; c=3',
    'accept',
    'text/html',
    'ACCEPT',
    '*/*',
  ],
  ['Set-Cookie', 'x=1; Path=/', 'set-cookie', 'y=2; HttpOnly', 'Referer', 'http://h/cb?code=abc'],
  [
    'X-Padded',
    '  spaced value\t',
    'x-empty',
    '',
    'Zeta',
    'z',
    'alpha',
    'a',
    'X-Session-Token',
    't',
  ],
  ['Proxy-Authorization', 'Basic dXNlcjpwYXNz', 'x-client-secret', 's', '__proto__', 'p'],
]

describe('maskRawHeaders', () => {
  it.each(RAW.map((raw) => [raw.join(' '), raw]))(
    'journals what maskHeaders of the Headers built from them does: %s',
    (_name, raw) => {
      const expected = maskHeaders(headersOf(raw as string[]))
      const masked = maskRawHeaders(raw as string[])
      expect(masked).toEqual(expected)
      expect(Object.keys(masked)).toEqual(Object.keys(expected))
    },
  )
})

describe('maskHeaderRecord', () => {
  it('masks a plain record as maskHeaders masks the same Headers, in the same order', () => {
    const record = {
      'content-type': 'application/json',
      location: '/sso?token=eyJ.x.y&next=/home',
      'x-api-key': 'k',
    }
    expect(maskHeaderRecord(record)).toEqual(maskHeaders(new Headers(record)))
    expect(Object.keys(maskHeaderRecord(record))).toEqual(
      Object.keys(maskHeaders(new Headers(record))),
    )
  })
})
