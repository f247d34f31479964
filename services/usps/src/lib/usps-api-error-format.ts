import type { ErrorFormat, ErrorStatus, SandboxError } from '@partner-sandbox/shared'
import * as z from 'zod'
import { UspsApiError } from '../errors'

/** USPS's error envelope, for the OpenAPI document. */
export const UspsErrorEnvelope = z.object({
  apiVersion: z.string(),
  error: z.object({
    code: z.string(),
    message: z.string(),
    errors: z.array(
      z.object({
        status: z.string(),
        code: z.string().describe('USPS message error code, e.g. 030001 or 160212'),
        title: z.string(),
        detail: z.string(),
        source: z.object({ parameter: z.string() }).optional(),
      }),
    ),
  }),
})

/** USPS's `error.message` for a status USPS answers with. */
function uspsTitle(status: ErrorStatus): string {
  if (status >= 500) return 'INTERNAL_SERVER_ERROR'
  if (status === 401) return 'UNAUTHORIZED'
  if (status === 403) return 'FORBIDDEN'
  return 'BAD_REQUEST'
}

/** Any SandboxError in USPS's terms; internals of an unexpected failure are never shown. */
function asUspsApiError(error: SandboxError): UspsApiError {
  if (error instanceof UspsApiError) return error
  const title = uspsTitle(error.status)
  const detail = error.code === 'internal_error' ? 'Try again later.' : error.message
  return new UspsApiError(error.status, title, [
    { status: String(error.status), code: String(error.status), title, detail },
  ])
}

/**
 * USPS's error envelope, for every failure of the Payments API:
 * `{apiVersion, error: {code, message, errors[]}}`, with a Bearer challenge on 401.
 *
 * @example
 * app.use('/payments/v3/*', errorFormat(uspsApiErrorFormat))
 */
export const uspsApiErrorFormat: ErrorFormat = (error, c) => {
  const usps = asUspsApiError(error)
  const headers: Record<string, string> =
    usps.status === 401 ? { 'WWW-Authenticate': 'Bearer error="invalid_token"' } : {}
  return c.json(
    {
      apiVersion: '3.0',
      error: { code: String(usps.status), message: usps.title, errors: usps.items },
    },
    usps.status,
    headers,
  )
}
