import { PeerUnavailableError, TENANT_HEADER, USPS_ERROR, urlOf } from '@partner-sandbox/shared'
import { z } from 'zod'
import type { DomainContext } from '../domain/context'
import type { UspsIdentifiers } from '../domain/cop-account'
import { UspsLinkExpiredError, UspsVerificationError } from '../errors'

const Code = z.union([z.string(), z.number()]).transform(String)

/** USPS v3's error envelope: `{apiVersion, error: {code, message, errors: [...]}}`. */
const UspsErrorEnvelope = z.object({
  apiVersion: z.string().optional(),
  error: z.object({
    code: Code.optional(),
    message: z.string().optional(),
    errors: z
      .array(
        z.object({
          status: Code.optional(),
          code: Code.optional(),
          title: z.string().optional(),
          detail: z.string().optional(),
        }),
      )
      .optional(),
  }),
})

const PaymentAuthorization = z.object({ paymentAuthorizationToken: z.string().min(1) })

// USPS puts the HTTP status in `code` when it refuses a CRID or MID of another account.
const FOREIGN_IDENTIFIER = '403'

// What the customer can do about each USPS payments code (usps-errors-payments).
const HINTS: Partial<Record<string, string>> = {
  [USPS_ERROR.EPS_ACCOUNT_NOT_FOUND]: 'Check the EPS number in the USPS Business Portal.',
  [USPS_ERROR.EPS_NO_PRIMARY_PAYMENT_METHOD]:
    'Add a payment method to your payment account in the USPS Business Portal.',
  [USPS_ERROR.EPS_PAYMENT_METHOD_NOT_ACTIVE]:
    'Check the payment method in the USPS Business Portal; an ACH account stays Pending until the micro-debits are verified.',
  [USPS_ERROR.CARD_VALIDATION_UNAVAILABLE]: 'Try again in a few minutes.',
  [USPS_ERROR.CARD_VALIDATION_FAILED]:
    'Check the credit card of your payment account in the USPS Business Portal.',
  [USPS_ERROR.INSUFFICIENT_FUNDS]: 'Add funds to your payment account in the USPS Business Portal.',
  [FOREIGN_IDENTIFIER]:
    'Enter the CRID and MID shown in the USPS Business Portal of the account you linked.',
}
const DEFAULT_HINT =
  'Check the CRID, MID and EPS Number shown in the USPS Business Portal and try again.'

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
  const usps = ctx.peers.usps
  let res: Response
  try {
    res = await usps.fetch(urlOf(usps.baseUrl, '/payments/v3/payment-authorization'), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${accessToken}`,
        'content-type': 'application/json',
        accept: 'application/json',
        [TENANT_HEADER]: ctx.store.tenant,
      },
      body: JSON.stringify({
        roles: [
          { roleName: 'PAYER', ...role },
          { roleName: 'LABEL_OWNER', ...role },
        ],
      }),
    })
  } catch (cause) {
    throw new PeerUnavailableError(
      'USPS could not be reached to verify your account details. Try again in a moment.',
      { cause },
    )
  }
  const body: unknown = await res.json().catch(() => undefined)
  if (res.ok) {
    const parsed = PaymentAuthorization.safeParse(body)
    if (parsed.success) return parsed.data
    throw new PeerUnavailableError(
      'USPS answered the payment authorization with an unexpected body.',
    )
  }
  // 403 is USPS refusing a CRID or MID of another account: a verification failure, shown as such.
  if (res.status === 401) {
    throw new UspsLinkExpiredError(
      'USPS no longer accepts the authorization Stamps.com holds for your account.',
    )
  }
  const envelope = UspsErrorEnvelope.safeParse(body)
  if (res.status >= 500 || !envelope.success) {
    throw new PeerUnavailableError(
      `USPS answered the payment authorization with HTTP ${res.status}.`,
    )
  }
  const first = envelope.data.error.errors?.[0]
  const code = first?.code ?? envelope.data.error.code ?? String(res.status)
  const detail = first?.detail ?? envelope.data.error.message ?? 'USPS gave no reason.'
  throw new UspsVerificationError(code, detail, HINTS[code] ?? DEFAULT_HINT)
}
