import { errorFormat, InvalidTokenError, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { verifyAccessToken } from '../domain/access-token'
import { authorizePayment } from '../domain/authorize-payment'
import { findClient } from '../domain/oauth-clients'
import { validateRoles } from '../domain/payment-roles'
import { UspsApiError } from '../errors'
import { uspsApiErrorFormat } from '../lib/usps-api-error-format'
import { domainContext, type UspsRuntime } from '../runtime'

/** Payments 3.0: `POST /payments/v3/payment-authorization`. */
export function paymentsRoutes(runtime: UspsRuntime) {
  return new Hono<SandboxEnv>()
    .use('/payments/v3/*', errorFormat(uspsApiErrorFormat))
    .post('/payments/v3/payment-authorization', async (c) => {
      const auth = c.req.header('authorization') ?? ''
      if (!/^Bearer\s+\S+$/i.test(auth)) {
        throw UspsApiError.unauthorized(
          'Send the OAuth access token as Authorization: Bearer <token>.',
        )
      }
      const ctx = domainContext(c, runtime)
      const keys = await runtime.keys()
      const caller = await verifyAccessToken(ctx, keys, auth.replace(/^Bearer\s+/i, '')).catch(
        (error: unknown) => {
          if (error instanceof InvalidTokenError) {
            throw UspsApiError.unauthorized(
              `Client authentication failed, reason InvalidToken. ${error.message}`,
            )
          }
          throw error
        },
      )
      let body: unknown
      try {
        body = await c.req.json()
      } catch {
        throw UspsApiError.badRequest([
          { code: '400', detail: 'The request body is not valid JSON.' },
        ])
      }
      const roles = validateRoles(body)
      const client = await findClient(c.var, runtime.clients, caller.clientId)
      const result = await authorizePayment(ctx, keys, caller, client, roles)
      return c.json({
        paymentAuthorizationToken: result.paymentAuthorizationToken,
        roles: result.roles,
      })
    })
}
