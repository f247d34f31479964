import type { Context } from 'hono'
import { ValidationError } from './errors'

const URLENCODED = 'application/x-www-form-urlencoded'
// As the Fetch standard's formData() decodes a urlencoded body: UTF-8, a leading BOM kept.
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true })

/**
 * Reads a JSON or form body as a plain object. Malformed JSON is a 400, never a crash.
 * Repeated form fields collapse to their last value; checkboxes arrive as 'on'.
 */
export async function readBody(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? ''
  if (type.includes('application/json')) {
    let body: unknown
    try {
      body = await c.req.json()
    } catch (cause) {
      throw new ValidationError('The request body is not valid JSON.', [], { cause })
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new ValidationError('The request body must be a JSON object.', [])
    }
    return body as Record<string, unknown>
  }
  if (type.includes(URLENCODED) || type.includes('multipart/form-data')) {
    try {
      // A urlencoded body is read as hono's parseBody reads it (last value of a repeated field
      // wins), without building a Response and a FormData per post to get there.
      if (mediaTypeOf(type) === URLENCODED)
        return Object.fromEntries(new URLSearchParams(UTF8.decode(await c.req.arrayBuffer())))
      const form = await c.req.parseBody()
      return Object.fromEntries(
        Object.entries(form).map(([k, v]) => [k, Array.isArray(v) ? v.at(-1) : v]),
      )
    } catch (cause) {
      throw new ValidationError('The form body could not be read.', [], { cause })
    }
  }
  const raw = await c.req.text()
  if (raw.trim() === '') return {}
  throw new ValidationError(
    'Send the body as application/json or application/x-www-form-urlencoded.',
    [],
  )
}

/** `application/x-www-form-urlencoded; charset=UTF-8` -> `application/x-www-form-urlencoded`. */
function mediaTypeOf(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase()
}
