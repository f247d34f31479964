import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { SandboxError } from './errors'
import { problemResponse } from './problem'

/** Far above any form or JSON body of the flows; far below what would hurt the process. */
export const MAX_BODY_BYTES = 1024 * 1024

/**
 * Refuses bodies over `maxBytes` before anything buffers them (`hono/body-limit`): 413
 * problem+json.
 *
 * @example
 * app.use(requestBodyLimit())
 */
export function requestBodyLimit(maxBytes = MAX_BODY_BYTES): MiddlewareHandler {
  const refuse = (c: Context) =>
    problemResponse(
      new SandboxError(
        'payload_too_large',
        413,
        'Request body too large',
        `The request body is over ${maxBytes} bytes, the most this sandbox accepts. Send less.`,
      ),
      c.req.path,
    )
  const limit = bodyLimit({ maxSize: maxBytes, onError: refuse })
  // hono/body-limit starts by reading `c.req.raw.body`, which makes @hono/node-server build a
  // full Request (a ReadableStream over the socket, its own AbortController) that the route's
  // `c.req.json()` would not otherwise need. So a GET or HEAD (fetch refuses to give them a body)
  // and a body of declared length are judged here, as hono/body-limit judges them; only a body
  // sent without a length (chunked, or in-process without Content-Length) is counted by it.
  return (c, next) => {
    if (BODYLESS.test(c.req.method)) return next()
    const declared = declaredLength(c.req.header('content-length'))
    if (declared === undefined || c.req.header('transfer-encoding') !== undefined)
      return limit(c, next)
    // A MiddlewareHandler answers with a promise; the refusal is built at once.
    return declared > maxBytes ? Promise.resolve(refuse(c)) : next()
  }
}

/** A Content-Length header's value as hono/body-limit reads it, or undefined when not a length. */
export function declaredLength(header: string | undefined): number | undefined {
  if (header === undefined) return undefined
  const length = Number.parseInt(header, 10)
  return Number.isNaN(length) ? undefined : length
}

export const BODYLESS = /^(GET|HEAD)$/
