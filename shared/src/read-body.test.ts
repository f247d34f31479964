import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { readBody } from './read-body'

/** What readBody made of a body, next to what hono's parseBody (its former reader) made of it. */
async function readBoth(body: BodyInit, contentType: string) {
  const app = new Hono().post('/', async (c) => {
    const ours = await readBody(c)
    const form = await c.req.parseBody()
    const hono = Object.fromEntries(
      Object.entries(form).map(([k, v]) => [k, Array.isArray(v) ? v.at(-1) : v]),
    )
    return c.json({ ours, hono })
  })
  const res = await app.request('/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  })
  return (await res.json()) as { ours: Record<string, unknown>; hono: Record<string, unknown> }
}

describe('readBody', () => {
  it('reads a urlencoded form as hono parseBody does: last repeated value, + as space', async () => {
    const { ours, hono } = await readBoth(
      'name=Ada&name=Grace&note=two+words%21&tick[]=a&tick[]=b&empty=&bare&bad=%ZZ',
      'application/x-www-form-urlencoded',
    )
    expect(ours).toEqual({
      name: 'Grace',
      note: 'two words!',
      'tick[]': 'b',
      empty: '',
      bare: '',
      bad: '%ZZ',
    })
    expect(ours).toEqual(hono)
  })

  it('keeps a leading byte order mark and replaces bytes that are not UTF-8, as formData does', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x3d, 0x31, 0x26, 0x62, 0x3d, 0xff])
    const { ours, hono } = await readBoth(bytes, 'application/x-www-form-urlencoded; charset=UTF-8')
    expect(ours).toEqual({ '\uFEFFa': '1', b: '\uFFFD' })
    expect(ours).toEqual(hono)
  })

  it('still reads a multipart form through parseBody', async () => {
    const form = new FormData()
    form.append('name', 'Ada')
    form.append('name', 'Grace')
    const app = new Hono().post('/', async (c) => c.json(await readBody(c)))
    const res = await app.request('/', { method: 'POST', body: form })
    expect(await res.json()).toEqual({ name: 'Grace' })
  })
})
