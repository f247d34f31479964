import type { Context } from 'hono'

/** True when the caller speaks JSON (API clients) rather than HTML forms (browsers). */
export function wantsJson(c: Context): boolean {
  const type = c.req.header('content-type') ?? ''
  const accept = c.req.header('accept') ?? ''
  return type.includes('application/json') || (accept.includes('json') && !accept.includes('html'))
}
