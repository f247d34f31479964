import type { MiddlewareHandler } from 'hono'
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
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      problemResponse(
        new SandboxError(
          'payload_too_large',
          413,
          'Request body too large',
          `The request body is over ${maxBytes} bytes, the most this sandbox accepts. Send less.`,
        ),
        c.req.path,
      ),
  })
  // A GET or HEAD carries no body (fetch refuses to build one). Asking hono/body-limit anyway
  // reads `c.req.raw.body`, which makes @hono/node-server build a full Request with its own
  // AbortController on every request: the most common requests skip that.
  return (c, next) => (BODYLESS.test(c.req.method) ? next() : limit(c, next))
}

export const BODYLESS = /^(GET|HEAD)$/
