import { USPS_ERROR, uspsErrorMessage } from '@partner-sandbox/shared'
import * as z from 'zod'
import { UspsApiError } from '../errors'
import { ownerOfNumber } from '../lib/unique-number'
import type { AccessTokenClaims } from './access-token'
import { isCallersEps } from './callers-eps'
import type { DomainContext } from './context'
import { EPS_NUMBERS, getPaymentAccount } from './payment-account'

/** The query of `GET /payments/v3/payment-account/{accountNumber}`, as published. */
export const PaymentAccountQuery = z.object({
  accountType: z.enum(['EPS', 'PERMIT']).describe('EPS or PERMIT'),
  permitZIPCode: z.string().optional().describe("Required for an accountType of 'PERMIT'"),
  amount: z.coerce.number().nonnegative().optional().describe('Dollars the caller means to spend'),
})
export type PaymentAccountQuery = z.output<typeof PaymentAccountQuery>

export interface PaymentAccountAnswer {
  accountNumber: string
  accountType: 'EPS' | 'PERMIT'
  permitNumber: string | null
  permitZIP: string | null
  sufficientFunds: boolean
  nonProfitStatus: boolean
}

/**
 * The caller's own EPS account (or, for a platform, a linked customer's): 100001 for any other
 * number, 100004 while the ACH method is still pending, 100002 when not active. The sandbox's
 * accounts are charged per label, so an active one always has sufficient funds. Permits are not
 * simulated: a PERMIT needs its ZIP (160215) and is never found (100001).
 *
 * @example
 * const answer = await lookUpPaymentAccount(ctx, caller, '1234567890', { accountType: 'EPS' })
 */
export async function lookUpPaymentAccount(
  ctx: Pick<DomainContext, 'store'>,
  caller: AccessTokenClaims,
  accountNumber: string,
  query: PaymentAccountQuery,
): Promise<PaymentAccountAnswer> {
  if (query.accountType === 'PERMIT' && !query.permitZIPCode) {
    throw UspsApiError.ofCode(USPS_ERROR.PERMIT_ZIP_REQUIRED, 'permitZIPCode')
  }
  const notFound = UspsApiError.badRequest([
    {
      code: USPS_ERROR.EPS_ACCOUNT_NOT_FOUND,
      detail: uspsErrorMessage(USPS_ERROR.EPS_ACCOUNT_NOT_FOUND, accountNumber),
      parameter: 'accountNumber',
    },
  ])
  if (query.accountType === 'PERMIT' || !(await isCallersEps(ctx, caller, accountNumber))) {
    throw notFound
  }
  const owner = await ownerOfNumber(ctx.store, EPS_NUMBERS, accountNumber)
  if (!owner) throw notFound
  const epa = await getPaymentAccount(ctx, owner)
  if (epa.status === 'pending_verification') {
    throw UspsApiError.ofCode(USPS_ERROR.EPS_PAYMENT_METHOD_NOT_ACTIVE, 'accountNumber')
  }
  if (epa.status !== 'active') {
    throw UspsApiError.ofCode(USPS_ERROR.EPS_ACCOUNT_NOT_ACTIVE, 'accountNumber')
  }
  return {
    accountNumber,
    accountType: 'EPS',
    permitNumber: null,
    permitZIP: null,
    sufficientFunds: true,
    nonProfitStatus: false,
  }
}
