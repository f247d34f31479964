import { describe, expect, it } from 'vitest'
import { inProcessRequest } from './in-process-request'

const form = {
  method: 'post',
  headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
  body: 'name=Ada+Lovelace&code=%C3%A9',
  redirect: 'manual',
} satisfies RequestInit

/** What an app can read of a request without its body. */
const seen = (request: Request) => ({
  url: request.url,
  method: request.method,
  headers: [...request.headers],
  redirect: request.redirect,
  bodyUsed: request.bodyUsed,
})

describe('inProcessRequest', () => {
  it.each([
    ['a form POST', 'http://usps.sandbox.test/login?next=%2Fhome', form],
    ['a GET of a bare origin', 'http://Usps.Sandbox.test', {}],
    ['a text body without a type', 'http://a.test/x', { method: 'PUT', body: 'plain' }],
    ['a PATCH (not upper-cased by fetch)', 'http://a.test/x', { method: 'patch', body: '{}' }],
    ['a URL object', new URL('http://a.test/p/../q?#h'), { method: 'delete' }],
  ])('reads as new Request for %s', async (_, input, init: RequestInit) => {
    const light = inProcessRequest(input, init)
    const real = new Request(input, init)
    expect(light).toBeInstanceOf(Request)
    expect(seen(light)).toEqual(seen(real))
    expect(await light.text()).toBe(await real.text())
    expect(seen(light)).toEqual(seen(real))
  })

  it('reads its body as text, JSON, bytes or an ArrayBuffer, as undici does', async () => {
    const json = { method: 'POST', body: '{"a":[1,"é"]}' }
    const url = 'http://a.test/'
    expect(await inProcessRequest(url, json).json()).toEqual(await new Request(url, json).json())
    expect(await inProcessRequest(url, json).bytes()).toEqual(await new Request(url, json).bytes())
    const light = await inProcessRequest(url, json).arrayBuffer()
    expect(new Uint8Array(light)).toEqual(
      new Uint8Array(await new Request(url, json).arrayBuffer()),
    )
    await expect(inProcessRequest(url, { method: 'POST', body: '{' }).json()).rejects.toThrow(
      SyntaxError,
    )
  })

  it('refuses a second read of its body, as a spent Request does', async () => {
    const light = inProcessRequest('http://a.test/', form)
    await light.arrayBuffer()
    expect(light.bodyUsed).toBe(true)
    await expect(light.text()).rejects.toThrow('Body is unusable')
    await expect(light.formData()).rejects.toThrow('Body is unusable')
    expect(() => light.clone()).toThrow(TypeError)
    const empty = inProcessRequest('http://a.test/', { method: 'POST' })
    expect(empty.body).toBe(new Request('http://a.test/', { method: 'POST' }).body)
    expect([await empty.text(), await empty.text(), empty.bodyUsed]).toEqual(['', '', false])
  })

  it('answers everything else from a real Request with the same URL, headers and body', async () => {
    const light = inProcessRequest('http://a.test/', form)
    expect(light.signal).toBeInstanceOf(AbortSignal)
    expect([light.mode, light.credentials, light.cache]).toEqual(['cors', 'same-origin', 'default'])
    expect(Object.fromEntries(await light.clone().formData())).toEqual({
      name: 'Ada Lovelace',
      code: 'é',
    })
    expect(await new Response(light.body).text()).toBe(form.body)
    expect(light.bodyUsed).toBe(true)
  })

  it('has a signal that follows the init’s, as a real Request’s does', () => {
    const controller = new AbortController()
    const light = inProcessRequest('http://a.test/', { signal: controller.signal })
    expect(light.signal.aborted).toBe(false)
    controller.abort(new Error('gone'))
    expect([light.signal.aborted, (light.signal.reason as Error).message]).toEqual([true, 'gone'])
  })

  it('is new Request itself for an init it does not cover, and throws as it throws', async () => {
    const params = inProcessRequest('http://a.test/', {
      method: 'POST',
      body: new URLSearchParams({ a: '1' }),
    })
    expect(params.headers.get('content-type')).toBe(
      'application/x-www-form-urlencoded;charset=UTF-8',
    )
    for (const [input, init] of [
      ['not a url', {}],
      ['http://user:secret@a.test/', {}],
      ['http://a.test/', { method: 'GET', body: 'x' }],
      ['http://a.test/', { method: 'CONNECT' }],
      ['http://a.test/', { method: 'bad method' }],
    ] as [string, RequestInit][]) {
      let expected: unknown
      try {
        new Request(input, init)
      } catch (error) {
        expected = error
      }
      expect(expected, input).toBeInstanceOf(TypeError)
      expect(() => inProcessRequest(input, init)).toThrow((expected as Error).message)
    }
  })
})
