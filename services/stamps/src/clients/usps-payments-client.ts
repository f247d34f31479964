import { PeerUnavailableError } from '@partner-sandbox/shared'
import * as z from 'zod'
import type { DomainContext } from '../domain/context'
import type { UspsIdentifiers } from '../domain/cop-account'
import { UspsLinkExpiredError, UspsVerificationError } from '../errors'
import { explainUspsRefusal } from '../lib/usps-refusal-message'
import { requestUsps, uspsErrorOf } from './usps-request'

const PaymentAuthorization = z.object({ paymentAuthorizationToken: z.string().min(1) })

/**
 * Asks USPS `POST /payments/v3/payment-authorization` whether these identifiers belong to the
 * linked account, with roles PAYER and LABEL_OWNER. USPS's refusal becomes an
 * UspsVerificationError carrying USPS's code and text; a refused token, UspsLinkExpiredError.
 *
 * @example
 * await authorizeUspsPayment(ctx, accessToken, { crid, mid, epsNumber })
 */
export async function authorizeUspsPayment(
  ctx: Pick<DomainContext, 'peers' | 'store'>,
  accessToken: string,
  ids: UspsIdentifiers,
): Promise<{ paymentAuthorizationToken: string }> {
  const role = {
    CRID: ids.crid,
    MID: ids.mid,
    manifestMID: ids.mid,
    accountType: 'EPS',
    accountNumber: ids.epsNumber,
  }
  const answer = await requestUsps(ctx, '/payments/v3/payment-authorization', {
    authorization: `Bearer ${accessToken}`,
    json: {
      roles: [
        { roleName: 'PAYER', ...role },
        { roleName: 'LABEL_OWNER', ...role },
      ],
    },
    unreachable: 'USPS could not be reached to verify your account details. Try again in a moment.',
  })
  if (answer.ok) {
    const parsed = PaymentAuthorization.safeParse(answer.body)
    if (parsed.success) return parsed.data
    throw new PeerUnavailableError(
      'USPS answered the payment authorization with an unexpected body.',
    )
  }
  // 403 is USPS refusing a CRID or MID of another account: a verification failure, shown as such.
  if (answer.status === 401) {
    throw new UspsLinkExpiredError(
      'USPS no longer accepts the authorization Stamps.com holds for your account.',
    )
  }
  const refusal = uspsErrorOf(answer)
  if (answer.status >= 500 || !refusal) {
    throw new PeerUnavailableError(
      `USPS answered the payment authorization with HTTP ${answer.status}.`,
    )
  }
  throw new UspsVerificationError(
    refusal.code,
    explainUspsRefusal(refusal.code, refusal.detail, ids),
  )
}
