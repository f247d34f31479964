import { type ApiOperation, errorFormat, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import * as z from 'zod'
import { authorizePayment } from '../domain/authorize-payment'
import { findClient } from '../domain/oauth-clients'
import { lookUpPaymentAccount, PaymentAccountQuery } from '../domain/payment-account-lookup'
import { PaymentRolesInput, validateRoles } from '../domain/payment-roles'
import { UspsApiError } from '../errors'
import { bearerCaller } from '../lib/bearer-caller'
import { parseUspsInput } from '../lib/parse-usps-input'
import { UspsErrorEnvelope, uspsApiErrorFormat } from '../lib/usps-api-error-format'
import { domainContext, type UspsRuntime } from '../runtime'

/** Payments 3.0: `POST /payments/v3/payment-authorization`, `GET .../payment-account/{n}`. */
export function paymentsRoutes(runtime: UspsRuntime) {
  return new Hono<SandboxEnv>()
    .use('/payments/v3/*', errorFormat(uspsApiErrorFormat))
    .post('/payments/v3/payment-authorization', async (c) => {
      const caller = await bearerCaller(c, runtime)
      const ctx = domainContext(c, runtime)
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
      const result = await authorizePayment(ctx, await runtime.keys(), caller, client, roles)
      return c.json({
        paymentAuthorizationToken: result.paymentAuthorizationToken,
        roles: result.roles,
      })
    })
    .get('/payments/v3/payment-account/:accountNumber', async (c) => {
      const caller = await bearerCaller(c, runtime, 'payments')
      const query = parseUspsInput(PaymentAccountQuery, c.req.query())
      const answer = await lookUpPaymentAccount(
        domainContext(c, runtime),
        caller,
        c.req.param('accountNumber'),
        query,
      )
      return c.json(answer)
    })
}

const TAG = 'Payments 3.0'
const AUTH_ERRORS = {
  '401': { description: 'No or invalid Bearer token', schema: UspsErrorEnvelope },
  '403': {
    description: 'No payments scope, or a CRID/MID not of the account',
    schema: UspsErrorEnvelope,
  },
}

export const PAYMENTS_OPERATIONS: ApiOperation[] = [
  {
    method: 'post',
    path: '/payments/v3/payment-authorization',
    tag: TAG,
    summary: 'Authorize payment for labels: a token naming the PAYER and LABEL_OWNER (8 hours)',
    description:
      'For Auctane (an NSA partner) a PAYER with an EPS number also records the NSA link request the USPS representative approves.',
    security: ['bearer'],
    body: PaymentRolesInput,
    responses: {
      '200': {
        description: 'The payment authorization token and the roles echoed',
        schema: z.object({
          paymentAuthorizationToken: z.string(),
          roles: z.array(z.record(z.string(), z.unknown())),
        }),
      },
      '400': {
        description:
          'Role rules (160218, 160219, 160221-160224, 160227-160229, 160390) or the EPS account (100001 not found, 100003 no payment method, 100004 ACH pending)',
        schema: UspsErrorEnvelope,
      },
      ...AUTH_ERRORS,
    },
  },
  {
    method: 'get',
    path: '/payments/v3/payment-account/:accountNumber',
    tag: TAG,
    summary: "The caller's EPS account: funds and status",
    security: ['bearer'],
    params: z.object({ accountNumber: z.string().describe('10-digit EPS number') }),
    query: PaymentAccountQuery,
    responses: {
      '200': {
        description: 'The account',
        schema: z.object({
          accountNumber: z.string(),
          accountType: z.enum(['EPS', 'PERMIT']),
          permitNumber: z.string().nullable(),
          permitZIP: z.string().nullable(),
          sufficientFunds: z.boolean(),
          nonProfitStatus: z.boolean(),
        }),
      },
      '400': {
        description:
          "100001 not the caller's EPS number, 100002 not active, 100004 ACH pending, 160215 PERMIT without permitZIPCode",
        schema: UspsErrorEnvelope,
      },
      ...AUTH_ERRORS,
    },
  },
]
