import { PeerUnavailableError, USPS_ERROR } from '@partner-sandbox/shared'
import type { DomainContext } from '../domain/context'
import { UspsApiRefusedError, UspsLinkExpiredError } from '../errors'
import { requestUsps, uspsErrorOf } from './usps-request'

// What the customer can do about each USPS prices and labels code.
const HINTS: Partial<Record<string, string>> = {
  [USPS_ERROR.ZONE_NOT_FOUND]: 'Check both ZIP codes of the shipment.',
  [USPS_ERROR.WEIGHT_NOT_QUALIFIED]: 'USPS takes packages above 0 and up to 70 lb.',
  [USPS_ERROR.SIZE_EXCEEDS_MAXIMUM]: 'Check the package dimensions.',
  [USPS_ERROR.NO_APPROVED_CONTRACT]:
    'USPS has no approved NSA contract for this account and mail class; retail prices still apply.',
  [USPS_ERROR.NOT_ENROLLED_SHIP_OUTBOUND]:
    'Check the payment account in the USPS Business Portal, or contact your USPS representative.',
  [USPS_ERROR.PAYER_ROLE_REQUIRED]:
    'Check the CRID, MID and EPS Number linked on Stamps.com, then try again.',
}

export interface UspsApiCall {
  method: 'POST' | 'DELETE' | 'GET'
  path: string
  accessToken: string
  body?: unknown
  headers?: Record<string, string>
  /** What the call was for, in the customer's words ("get prices", "buy the label"). */
  purpose: string
}

/**
 * One bearer-authenticated call to a USPS v3 API (prices, labels). USPS's error envelope becomes
 * UspsApiRefusedError with USPS's own code; a refused token, UspsLinkExpiredError; no answer or
 * an unreadable one, PeerUnavailableError.
 *
 * @example
 * const body = await callUspsApi(ctx, { method: 'POST', path: '/prices/v3/base-rates/search', accessToken, body: search, purpose: 'get prices' })
 */
export async function callUspsApi(
  ctx: Pick<DomainContext, 'peers' | 'store'>,
  call: UspsApiCall,
): Promise<unknown> {
  const answer = await requestUsps(ctx, call.path, {
    method: call.method,
    authorization: `Bearer ${call.accessToken}`,
    json: call.body,
    headers: call.headers,
    unreachable: `USPS could not be reached to ${call.purpose}. Try again in a moment.`,
  })
  if (answer.ok) return answer.body
  if (answer.status === 401) {
    throw new UspsLinkExpiredError('USPS no longer accepts the authorization Stamps.com holds.')
  }
  const refusal = uspsErrorOf(answer)
  if (answer.status >= 500 || !refusal) {
    throw new PeerUnavailableError(
      `USPS answered the request to ${call.purpose} with HTTP ${answer.status}.`,
    )
  }
  throw new UspsApiRefusedError(refusal.code, refusal.detail, call.purpose, HINTS[refusal.code])
}
