import { InvalidTokenError, type SandboxContext } from '@partner-sandbox/shared'
import { type AccessTokenClaims, verifyAccessToken } from '../domain/access-token'
import { UspsApiError } from '../errors'
import { domainContext, type UspsRuntime } from '../runtime'

/**
 * The caller of a USPS v3 API from its `Authorization: Bearer` access token: 401 in USPS's terms
 * when absent or invalid, 403 when the token lacks `scope` (when one is named).
 *
 * @example
 * const caller = await bearerCaller(c, runtime, 'prices')
 */
export async function bearerCaller(
  c: SandboxContext,
  runtime: UspsRuntime,
  scope?: string,
): Promise<AccessTokenClaims> {
  const auth = c.req.header('authorization') ?? ''
  if (!/^Bearer\s+\S+$/i.test(auth)) {
    throw UspsApiError.unauthorized('Send the OAuth access token as Authorization: Bearer <token>.')
  }
  const keys = await runtime.keys()
  const token = auth.replace(/^Bearer\s+/i, '')
  const caller = await verifyAccessToken(domainContext(c, runtime), keys, token).catch(
    (error: unknown) => {
      if (error instanceof InvalidTokenError) {
        throw UspsApiError.unauthorized(
          `Client authentication failed, reason InvalidToken. ${error.message}`,
        )
      }
      throw error
    },
  )
  if (scope && !caller.scopes.includes(scope)) {
    throw UspsApiError.forbidden(`The access token does not include the ${scope} scope.`)
  }
  return caller
}
