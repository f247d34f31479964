import { PeerUnavailableError, TENANT_HEADER, urlOf } from '@partner-sandbox/shared'
import { z } from 'zod'
import type { DomainContext } from '../domain/context'
import type { UspsIdentifiers } from '../domain/cop-account'
import { UspsLinkExpiredError, UspsVerificationError } from '../errors'
import { explainUspsRefusal } from '../lib/usps-refusal-message'

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

/**
 * Asks USPS `POST /payments/v3/payment-authorization` whether these identifiers belong to the
 * linked account, with roles PAYER and LABEL_OWNER. USPS's refusal becomes an
 * UspsVerificationError carrying USPS's code and the customer's message for it
 * (lib/usps-refusal-message.ts); a refused token, UspsLinkExpiredError.
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
  throw new UspsVerificationError(code, explainUspsRefusal(code, detail, ids))
}
