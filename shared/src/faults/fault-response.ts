import type { Context } from 'hono'
import type { RandomSource } from '../random'
import type { EdgeEffect } from './fault'

// Marks the response that stands for "the connection was closed". In-process there is no socket,
// so the app's fetch turns it into the rejection a real fetch gives (`rejectDroppedConnections`).
// A header, not object identity, because Hono may copy the response on its way out.
const DROPPED_HEADER = 'x-sandbox-connection-dropped'

/** Milliseconds to wait: a fixed delay, or one drawn from [min, max] by the injected source. */
export function faultDelay(delayMs: EdgeEffect['delayMs'], random: RandomSource): number {
  if (delayMs === undefined) return 0
  if (typeof delayMs === 'number') return delayMs
  const [min, max] = delayMs
  return min + random.int(max - min + 1)
}

/**
 * What a matching edge fault answers after its delay: nothing (the route runs, late), a closed
 * connection, a body that is not valid JSON, or the given status, body and headers.
 */
export function faultResponse(c: Context, effect: EdgeEffect): Response | undefined {
  if (effect.drop) return dropConnection(c)
  if (!effect.malformed && effect.status === undefined) return undefined
  const headers = new Headers(effect.headers)
  let body: string
  if (effect.malformed) {
    if (!headers.has('content-type')) headers.set('content-type', 'application/json')
    body = '{"error": "temporarily_unavailable", "error_description": "Try ag'
  } else if (typeof effect.body === 'string') {
    if (!headers.has('content-type')) headers.set('content-type', 'text/plain; charset=utf-8')
    body = effect.body
  } else if (effect.body === undefined) {
    body = ''
  } else {
    if (!headers.has('content-type')) headers.set('content-type', 'application/json')
    body = JSON.stringify(effect.body)
  }
  return new Response(body, { status: effect.status ?? 200, headers })
}

interface NodeBindings {
  incoming?: { socket?: { destroy(): void } }
}

/**
 * Over a real port (@hono/node-server passes the Node request as `c.env.incoming`) the socket is
 * destroyed, so the caller sees a reset connection. In-process a marker response is returned.
 */
function dropConnection(c: Context): Response {
  ;(c.env as NodeBindings | undefined)?.incoming?.socket?.destroy()
  return new Response(null, { status: 502, headers: { [DROPPED_HEADER]: '1' } })
}

export function isDroppedConnection(response: Response): boolean {
  // The status first: reading `headers` makes @hono/node-server build a Headers object.
  return response.status === 502 && response.headers.has(DROPPED_HEADER)
}

type AppFetch = (request: Request, ...rest: never[]) => Response | Promise<Response>

/**
 * Wraps an app's fetch so a dropped connection rejects with `TypeError: fetch failed`, as Node's
 * fetch does on a reset socket: in-process callers (the peers' fetch, msw, tests) then exercise
 * the same error handling as over HTTP.
 *
 * @example
 * app.fetch = rejectDroppedConnections(app.fetch)
 */
export function rejectDroppedConnections<F extends AppFetch>(fetch: F): F {
  const wrapped = async (request: Request, ...rest: never[]) => {
    const response = await fetch(request, ...rest)
    // Over a real port the socket is already closed; only in-process callers need the rejection.
    const overSocket = (rest[0] as NodeBindings | undefined)?.incoming !== undefined
    if (isDroppedConnection(response) && !overSocket) {
      throw new TypeError('fetch failed', { cause: new Error('sandbox fault: connection dropped') })
    }
    return response
  }
  return wrapped as F
}
