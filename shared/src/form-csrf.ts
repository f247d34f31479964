import type { MiddlewareHandler } from 'hono'
import { csrf } from 'hono/csrf'
import { ForbiddenError } from './errors'

const SAFE_METHODS = /^(GET|HEAD|OPTIONS)$/

/**
 * Refuses form posts another site made a browser send (`hono/csrf`: the Origin must be this
 * service's own, or Sec-Fetch-Site `same-origin`). The three services share the host 127.0.0.1 and
 * cookies ignore ports, so SameSite=Lax cannot tell them apart: only the Origin can. No form of one
 * service posts to another, so no cross-service exception (and no per-form token) is needed.
 *
 * Not checked: requests with an `Authorization` header (bearer tokens, client credentials: a
 * browser cannot attach one to a cross-site request without a CORS preflight we never answer), and
 * requests with neither Origin nor Sec-Fetch-Site (curl, back-channel calls: every browser sends
 * Origin on a POST). JSON bodies are left alone by hono/csrf for the same preflight reason.
 *
 * @example
 * app.use(formCsrf())
 */
export function formCsrf(): MiddlewareHandler {
  const check = csrf({ secFetchSite: 'same-origin' })
  return async (c, next) => {
    if (SAFE_METHODS.test(c.req.method) || c.req.header('authorization')) return next()
    if (c.req.header('origin') === undefined && c.req.header('sec-fetch-site') === undefined) {
      return next()
    }
    try {
      await check(c, async () => {})
    } catch (cause) {
      throw new ForbiddenError(
        `Refused a form post from ${c.req.header('origin') ?? 'another site'}: forms of this ` +
          'service only accept posts from its own pages (cross-site request forgery defence). ' +
          'Open the page on this service and submit it there.',
        { cause },
      )
    }
    return next()
  }
}
