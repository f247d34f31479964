import { PeerUnavailableError } from '@partner-sandbox/shared'
import type { DomainContext } from '../domain/context'
import { UspsApiRefusedError, UspsLinkExpiredError } from '../errors'
import { requestUsps, uspsErrorOf } from './usps-request'

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
  throw new UspsApiRefusedError(refusal.code, refusal.detail, call.purpose)
}
