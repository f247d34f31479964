import type { Context } from 'hono'
import type { z } from 'zod'
import { type FieldError, ValidationError } from './errors'

/**
 * Parses untrusted input with a zod schema; failures become a ValidationError listing every field.
 *
 * @example
 * const input = parseInput(RegisterInput, await readBody(c))
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const fieldErrors: FieldError[] = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  const detail = fieldErrors
    .map((e) => (e.field ? `${e.field}: ${e.message}` : e.message))
    .join('; ')
  throw new ValidationError(detail, fieldErrors)
}

/** True when the caller speaks JSON (API clients) rather than HTML forms (browsers). */
export function wantsJson(c: Context): boolean {
  const type = c.req.header('content-type') ?? ''
  const accept = c.req.header('accept') ?? ''
  return type.includes('application/json') || (accept.includes('json') && !accept.includes('html'))
}

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
