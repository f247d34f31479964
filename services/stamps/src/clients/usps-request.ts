import { PeerUnavailableError, TENANT_HEADER, urlOf } from '@partner-sandbox/shared'
import * as z from 'zod'
import type { DomainContext } from '../domain/context'

/** What USPS answered: status and the body parsed as JSON (undefined when it was not JSON). */
export interface UspsAnswer {
  status: number
  ok: boolean
  body: unknown
}

export interface UspsRequest {
  method?: string
  /** `Authorization` header: `Bearer <token>` or `Basic <credentials>`. */
  authorization: string
  /** A JSON body (sent as application/json) or form fields (sent urlencoded). */
  json?: unknown
  form?: Record<string, string>
  headers?: Record<string, string>
  /** The customer-facing message when USPS cannot be reached at all. */
  unreachable: string
}

/**
 * One back-channel call to a USPS API for the request's tenant. No answer at all (USPS down, a
 * dropped connection) is a PeerUnavailableError with `unreachable`; every answer, error or not,
 * comes back for the caller to map to its own errors.
 *
 * @example
 * const answer = await requestUsps(ctx, '/oauth2/v3/token', { authorization, form, unreachable })
 */
export async function requestUsps(
  ctx: Pick<DomainContext, 'peers' | 'store'>,
  path: string,
  request: UspsRequest,
): Promise<UspsAnswer> {
  const usps = ctx.peers.usps
  const headers: Record<string, string> = {
    authorization: request.authorization,
    accept: 'application/json',
    [TENANT_HEADER]: ctx.store.tenant,
    ...request.headers,
  }
  let body: string | undefined
  if (request.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    body = new URLSearchParams(request.form).toString()
  } else if (request.json !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(request.json)
  }
  let res: Response
  try {
    res = await usps.fetch(urlOf(usps.baseUrl, path), {
      method: request.method ?? 'POST',
      headers,
      body,
    })
  } catch (cause) {
    throw new PeerUnavailableError(request.unreachable, { cause })
  }
  const parsed: unknown = await res.json().catch(() => undefined)
  return { status: res.status, ok: res.ok, body: parsed }
}

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

/** USPS's first error code and text from its envelope; undefined when the body is not one. */
export function uspsErrorOf(answer: UspsAnswer): { code: string; detail: string } | undefined {
  const envelope = UspsErrorEnvelope.safeParse(answer.body)
  if (!envelope.success) return undefined
  const first = envelope.data.error.errors?.[0]
  return {
    code: first?.code ?? envelope.data.error.code ?? String(answer.status),
    detail: first?.detail ?? envelope.data.error.message ?? 'USPS gave no reason.',
  }
}
