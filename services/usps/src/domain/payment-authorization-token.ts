import {
  InvalidTokenError,
  ownKeySet,
  type ServiceKeys,
  verifyServiceToken,
} from '@partner-sandbox/shared'
import { UspsApiError } from '../errors'
import { PAYMENT_AUTHORIZATION_TOKEN_TYPE } from './authorize-payment'
import type { DomainContext } from './context'
import type { PaymentRole } from './payment-roles'

/** What a payment authorization token says: whose account, which client, which roles. */
export interface PaymentAuthorizationClaims {
  accountId: string
  clientId: string
  roles: PaymentRole[]
}

/**
 * Verifies an `X-Payment-Authorization-Token` issued by `POST /payments/v3/payment-authorization`
 * (our key, 8 hours on the sandbox clock, this tenant); any failure is a 401 in USPS's terms.
 */
export async function verifyPaymentAuthorization(
  ctx: Pick<DomainContext, 'store' | 'clock' | 'baseUrl'>,
  keys: ServiceKeys,
  token: string | undefined,
): Promise<PaymentAuthorizationClaims> {
  if (!token) {
    throw UspsApiError.unauthorized(
      'Send the paymentAuthorizationToken from POST /payments/v3/payment-authorization as X-Payment-Authorization-Token.',
    )
  }
  try {
    const payload = await verifyServiceToken(token, ownKeySet(keys), {
      type: PAYMENT_AUTHORIZATION_TOKEN_TYPE,
      issuer: ctx.baseUrl,
      audience: ctx.baseUrl,
      clock: ctx.clock,
    })
    if (payload.tenant !== ctx.store.tenant) {
      throw new InvalidTokenError(`The token belongs to sandbox tenant ${payload.tenant}.`)
    }
    const { sub, client_id: clientId, roles } = payload
    if (typeof sub !== 'string' || typeof clientId !== 'string' || !Array.isArray(roles)) {
      throw new InvalidTokenError('The token has no account, client_id or roles.')
    }
    return { accountId: sub, clientId, roles: roles as PaymentRole[] }
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      throw UspsApiError.unauthorized(
        `The X-Payment-Authorization-Token is not valid: ${error.message} Ask POST /payments/v3/payment-authorization for a new one.`,
      )
    }
    throw error
  }
}
