import {
  type ServiceKeys,
  signServiceToken,
  takeFaultFlag,
  USPS_ERROR,
  uspsErrorMessage,
} from '@partner-sandbox/shared'
import { UspsApiError } from '../errors'
import { ownerOfNumber } from '../lib/unique-number'
import type { AccessTokenClaims } from './access-token'
import { getAccount, type UspsAccount } from './account'
import type { DomainContext } from './context'
import { type NsaLink, requestNsaLink } from './nsa-link'
import type { OAuthClient } from './oauth-clients'
import { EPS_NUMBERS, getPaymentAccount } from './payment-account'
import type { PaymentRole } from './payment-roles'

export const PAYMENT_AUTHORIZATION_TOKEN_TYPE = 'payment-authorization+jwt'

export interface PaymentAuthorization {
  paymentAuthorizationToken: string
  roles: PaymentRole[]
  /** Set when the client is an NSA partner (Auctane): the link request USPS must approve. */
  nsaLink?: NsaLink
}

/**
 * Checks validated roles against the token's account (EPS number 100001, payment method 100003,
 * pending ACH 100004 except for an NSA partner's link request, CRID/MID 403) and signs a payment authorization token (8 hours). For an
 * NSA partner it records, or keeps, the pending NSA link request.
 */
export async function authorizePayment(
  ctx: DomainContext,
  keys: ServiceKeys,
  caller: AccessTokenClaims,
  client: OAuthClient | undefined,
  roles: PaymentRole[],
): Promise<PaymentAuthorization> {
  if (!caller.scopes.includes('payments')) {
    throw UspsApiError.forbidden('The access token does not include the payments scope.')
  }
  const account = caller.accountId ? await getAccount(ctx, caller.accountId) : undefined
  if (!account) {
    throw UspsApiError.forbidden(
      'The access token does not act for a USPS business account. Use a token from the authorization code grant.',
    )
  }
  await checkPaymentAccounts(ctx, account, roles, client?.nsaPartner === true)
  checkIdentifiers(account, roles)
  const paymentAuthorizationToken = await signServiceToken(keys, {
    type: PAYMENT_AUTHORIZATION_TOKEN_TYPE,
    issuer: ctx.baseUrl,
    audience: ctx.baseUrl,
    subject: account.id,
    tenant: ctx.store.tenant,
    ttlSeconds: 8 * 3600,
    clock: ctx.clock,
    claims: { client_id: caller.clientId, roles },
  })
  const payer = roles.find((r) => r.roleName === 'PAYER')
  const labelOwner = roles.find((r) => r.roleName === 'LABEL_OWNER')
  let nsaLink: NsaLink | undefined
  if (client?.nsaPartner && payer?.accountType === 'EPS' && payer.accountNumber) {
    nsaLink = await requestNsaLink(ctx, {
      clientId: client.id,
      uspsAccountId: account.id,
      crid: account.crid,
      mid: labelOwner?.MID ?? payer.MID ?? account.mid,
      epsNumber: payer.accountNumber,
    })
  }
  return { paymentAuthorizationToken, roles, nsaLink }
}

async function checkPaymentAccounts(
  ctx: DomainContext,
  account: UspsAccount,
  roles: PaymentRole[],
  nsaPartner: boolean,
) {
  for (const role of roles) {
    if (role.accountType !== 'EPS' || !role.accountNumber) continue
    // Fault catalogue `usps.epa-inactive`: USPS's answer for an EPS account that is not active.
    if (await takeFaultFlag(ctx.store, 'usps.epa-inactive')) {
      throw UspsApiError.badRequest([
        {
          code: USPS_ERROR.EPS_ACCOUNT_NOT_ACTIVE,
          detail: uspsErrorMessage(USPS_ERROR.EPS_ACCOUNT_NOT_ACTIVE),
        },
      ])
    }
    const number = role.accountNumber
    if ((await ownerOfNumber(ctx.store, EPS_NUMBERS, number)) !== account.id) {
      throw UspsApiError.badRequest([
        {
          code: USPS_ERROR.EPS_ACCOUNT_NOT_FOUND,
          detail: uspsErrorMessage(USPS_ERROR.EPS_ACCOUNT_NOT_FOUND, number),
        },
      ])
    }
    const epa = await getPaymentAccount(ctx, account.id)
    // Guide Step 4: "it may show as Pending for ACH". An NSA partner's link request is accepted
    // and waits at the representative's desk, who cannot approve until the EPA is Active.
    if (epa.status === 'pending_verification' && !nsaPartner) {
      throw UspsApiError.badRequest([
        {
          code: USPS_ERROR.EPS_PAYMENT_METHOD_NOT_ACTIVE,
          detail: uspsErrorMessage(USPS_ERROR.EPS_PAYMENT_METHOD_NOT_ACTIVE),
        },
      ])
    }
    if (epa.status !== 'active' && epa.status !== 'pending_verification') {
      throw UspsApiError.badRequest([
        {
          code: USPS_ERROR.EPS_NO_PRIMARY_PAYMENT_METHOD,
          detail: uspsErrorMessage(USPS_ERROR.EPS_NO_PRIMARY_PAYMENT_METHOD),
        },
      ])
    }
  }
}

function checkIdentifiers(account: UspsAccount, roles: PaymentRole[]) {
  for (const role of roles) {
    if (role.CRID && role.CRID !== account.crid) {
      throw UspsApiError.forbidden(
        `The CRID ${role.CRID} is not associated with the authorized USPS account.`,
      )
    }
    for (const mid of [role.MID, role.manifestMID]) {
      if (mid && mid !== account.mid) {
        throw UspsApiError.forbidden(
          `The MID ${mid} is not associated with the authorized USPS account.`,
        )
      }
    }
  }
}
