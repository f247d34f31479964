import { USPS_ERROR, uspsErrorMessage } from '@partner-sandbox/shared'
import { EpaRequiredError } from '../errors'
import type { DomainContext } from './context'
import type { OAuthClient } from './oauth-clients'
import { getPaymentAccount } from './payment-account'

/**
 * Guide Step 3, "Do not skip this step!": an NSA partner (Auctane) is never given access to an
 * account without an Enterprise Payment Account. A pending ACH account is enough (Step 4 may
 * show it Pending); none, or a failed verification, is USPS's 100003. Other clients are not
 * asked for an EPA.
 *
 * @example
 * await requireEpaForLink(ctx, client, account.id) // throws EpaRequiredError (100003)
 */
export async function requireEpaForLink(
  ctx: Pick<DomainContext, 'store'>,
  client: OAuthClient,
  accountId: string,
): Promise<void> {
  if (!client.nsaPartner) return
  const epa = await getPaymentAccount(ctx, accountId)
  if (epa.status === 'active' || epa.status === 'pending_verification') return
  const code = USPS_ERROR.EPS_NO_PRIMARY_PAYMENT_METHOD
  throw new EpaRequiredError(
    code,
    `${uspsErrorMessage(code)} (USPS ${code}) Your USPS business account has no Enterprise Payment Account, so it cannot be linked to ${client.name}. Add one in the Business Portal under "Add your payment account to get started", then continue linking.`,
  )
}
