import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

/**
 * Headers every answer carries (`hono/secure-headers`). The pages run no script at all, so the CSP
 * forbids every script; styles are the layout's inline `<style>` and a few `style` attributes.
 * `frame-ancestors 'none'` (and X-Frame-Options) stops a site framing the consent screen to
 * click-jack "Authorize"; `no-referrer` keeps tokens in URLs (`/sso?token=`) out of Referer. No HSTS:
 * the sandbox speaks plain HTTP on loopback.
 *
 * @example
 * app.use(securityHeaders())
 */
export function securityHeaders(): MiddlewareHandler {
  const headers = (scriptSrc: string[]) =>
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc,
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      xContentTypeOptions: 'nosniff',
      strictTransportSecurity: false,
    })
  const pages = headers(["'none'"])
  // The API docs page is the one exception: Swagger UI, from this origin's /docs/assets only.
  const docs = headers(["'self'"])
  return (c, next) => (c.req.path === DOCS_PATH ? docs(c, next) : pages(c, next))
}

/** The page (`apiDocsRoutes`) whose CSP allows scripts of this origin. */
export const DOCS_PATH = '/docs'
