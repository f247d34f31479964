import type { Context } from 'hono'
import { ValidationError } from './errors'

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
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
    try {
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
