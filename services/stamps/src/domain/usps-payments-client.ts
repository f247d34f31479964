import { PeerUnavailableError, urlOf } from '@partner-sandbox/shared'
import { z } from 'zod'
import type { StampsDeps } from '../deps'
import { UspsLinkExpiredError, UspsVerificationError } from '../errors'
import type { UspsIdentifiers } from './cop-account'

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

// What the customer can do about each USPS payments code (usps-errors-payments).
const HINTS: Record<string, string> = {
  '100001': 'Check the EPS number in the USPS Business Portal.',
  '100002': 'Check that your payment account is active in the USPS Business Portal.',
  '100003': 'Add a payment method to your payment account in the USPS Business Portal.',
  '100004':
    'Check the payment method in the USPS Business Portal; an ACH account stays Pending until the micro-debits are verified.',
  '100005': 'Try again in a few minutes.',
  '100006': 'Check the credit card of your payment account in the USPS Business Portal.',
  '100007': 'Add funds to your payment account in the USPS Business Portal.',
  '403': 'Enter the CRID and MID shown in the USPS Business Portal of the account you linked.',
}
const DEFAULT_HINT =
  'Check the CRID, MID and EPS Number shown in the USPS Business Portal and try again.'

/**
 * Asks USPS `POST /payments/v3/payment-authorization` whether these identifiers belong to the
 * linked account, with roles PAYER and LABEL_OWNER. USPS's refusal becomes an
 * UspsVerificationError carrying USPS's code and text; a refused token, UspsLinkExpiredError.
 *
 * @example
 * await authorizeUspsPayment(deps, tenant, accessToken, { crid, mid, epsNumber })
 */
export async function authorizeUspsPayment(
  deps: Pick<StampsDeps, 'peers'>,
  tenant: string,
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
  const usps = deps.peers.usps
  let res: Response
  try {
    res = await usps.fetch(urlOf(usps.baseUrl, '/payments/v3/payment-authorization'), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${accessToken}`,
        'content-type': 'application/json',
        accept: 'application/json',
        'x-sandbox-tenant': tenant,
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
