import { PeerUnavailableError, TENANT_HEADER, urlOf } from '@partner-sandbox/shared'
import { z } from 'zod'
import type { DomainContext } from '../domain/context'
import { UspsApiRefusedError, UspsLinkExpiredError } from '../errors'

const Code = z.union([z.string(), z.number()]).transform(String)

/** USPS v3's error envelope: `{apiVersion, error: {code, message, errors: [...]}}`. */
const UspsErrorEnvelope = z.object({
  error: z.object({
    code: Code.optional(),
    message: z.string().optional(),
    errors: z.array(z.object({ code: Code.optional(), detail: z.string().optional() })).optional(),
  }),
})

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
  const usps = ctx.peers.usps
  let res: Response
  try {
    res = await usps.fetch(urlOf(usps.baseUrl, call.path), {
      method: call.method,
      headers: {
        authorization: `Bearer ${call.accessToken}`,
        accept: 'application/json',
        ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
        [TENANT_HEADER]: ctx.store.tenant,
        ...call.headers,
      },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    })
  } catch (cause) {
    throw new PeerUnavailableError(
      `USPS could not be reached to ${call.purpose}. Try again in a moment.`,
      { cause },
    )
  }
  const body: unknown = await res.json().catch(() => undefined)
  if (res.ok) return body
  if (res.status === 401) {
    throw new UspsLinkExpiredError('USPS no longer accepts the authorization Stamps.com holds.')
  }
  const envelope = UspsErrorEnvelope.safeParse(body)
  if (res.status >= 500 || !envelope.success) {
    throw new PeerUnavailableError(
      `USPS answered the request to ${call.purpose} with HTTP ${res.status}.`,
    )
  }
  const first = envelope.data.error.errors?.[0]
  const code = first?.code ?? envelope.data.error.code ?? String(res.status)
  const detail = first?.detail ?? envelope.data.error.message ?? 'USPS gave no reason.'
  throw new UspsApiRefusedError(code, detail, call.purpose)
}
