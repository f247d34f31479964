import { InvalidTokenError, type SandboxEnv, SandboxError } from '@partner-sandbox/shared'
import { type Context, Hono } from 'hono'
import { verifyAccessToken } from '../domain/access-token'
import { authorizePayment } from '../domain/authorize-payment'
import { findClient } from '../domain/oauth-clients'
import { validateRoles } from '../domain/payment-roles'
import { UspsApiError } from '../errors'
import { domainContext, type UspsRuntime } from '../runtime'

/** USPS's error envelope, for every failure of the Payments API. */
function uspsErrorResponse(error: Error, c: Context) {
  let usps: UspsApiError
  if (error instanceof UspsApiError) usps = error
  else if (error instanceof SandboxError) {
    const title =
      error.status === 401 ? 'UNAUTHORIZED' : error.status === 403 ? 'FORBIDDEN' : 'BAD_REQUEST'
    usps = new UspsApiError(error.status, title, [
      { status: String(error.status), code: String(error.status), title, detail: error.message },
    ])
  } else {
    console.error(`[${c.req.method} ${c.req.path}]`, error)
    usps = new UspsApiError(500, 'INTERNAL_SERVER_ERROR', [
      { status: '500', code: '500', title: 'INTERNAL_SERVER_ERROR', detail: 'Try again later.' },
    ])
  }
  const headers: Record<string, string> =
    usps.status === 401 ? { 'WWW-Authenticate': 'Bearer error="invalid_token"' } : {}
  return c.json(
    {
      apiVersion: '3.0',
      error: { code: String(usps.status), message: usps.title, errors: usps.items },
    },
    usps.status as 400,
    headers,
  )
}

/** Payments 3.0: `POST /payments/v3/payment-authorization`. */
export function paymentsRoutes(runtime: UspsRuntime) {
  const app = new Hono<SandboxEnv>().post('/payments/v3/payment-authorization', async (c) => {
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
    const client = await findClient(c.var.store, runtime.clients, caller.clientId)
    const result = await authorizePayment(ctx, keys, caller, client, roles)
    return c.json({
      paymentAuthorizationToken: result.paymentAuthorizationToken,
      roles: result.roles,
    })
  })
  app.onError(uspsErrorResponse)
  return app
}
