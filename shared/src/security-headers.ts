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
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'none'"],
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
}
