import { type JWTPayload, errors as joseErrors, jwtVerify } from 'jose'
import type { Clock } from './clock'
import { InvalidTokenError, PeerUnavailableError } from './errors'
import type { KeySet } from './peer-key-set'
import { SERVICE_TOKEN_ALG } from './service-keys'

export interface ServiceTokenPayload extends JWTPayload {
  iss: string
  sub: string
  jti: string
  exp: number
  tenant: string
}

export interface VerifyTokenOptions {
  type: string
  issuer: string
  audience: string
  clock: Clock
}

/**
 * Verifies signature, `typ`, issuer, audience and lifetime against the sandbox clock. Every failure
 * is an InvalidTokenError saying which check failed.
 */
export async function verifyServiceToken(
  token: string,
  keySet: KeySet,
  options: VerifyTokenOptions,
): Promise<ServiceTokenPayload> {
  try {
    const { payload } = await jwtVerify(token, keySet, {
      algorithms: [SERVICE_TOKEN_ALG],
      typ: options.type,
      issuer: options.issuer,
      audience: options.audience,
      currentDate: options.clock.now(),
      requiredClaims: ['jti', 'sub', 'exp', 'tenant'],
    })
    if (typeof payload.tenant !== 'string') throw new InvalidTokenError('The token has no tenant.')
    return payload as ServiceTokenPayload
  } catch (cause) {
    if (cause instanceof InvalidTokenError) throw cause
    if (isKeyFetchFailure(cause)) {
      throw new PeerUnavailableError(
        `Could not fetch the public keys of ${options.issuer} to check the token; try again when it is reachable.`,
        { cause },
      )
    }
    throw new InvalidTokenError(describeJoseFailure(cause), { cause })
  }
}

/** Failures to reach the issuer's JWKS are the issuer's outage, not a bad token. */
function isKeyFetchFailure(cause: unknown): boolean {
  return (
    cause instanceof joseErrors.JWKSTimeout ||
    cause instanceof joseErrors.JWKSInvalid ||
    // jose wraps every token problem in a JOSEError; anything else came from fetching the keys.
    !(cause instanceof joseErrors.JOSEError)
  )
}

function describeJoseFailure(cause: unknown): string {
  if (cause instanceof joseErrors.JWTExpired)
    return 'The token has expired. Start again from the link.'
  if (cause instanceof joseErrors.JWSSignatureVerificationFailed)
    return 'The token signature does not verify against the issuer keys.'
  if (cause instanceof joseErrors.JWTClaimValidationFailed)
    return `The token claim "${cause.claim}" is not acceptable: ${cause.reason}.`
  if (cause instanceof joseErrors.JWKSNoMatchingKey)
    return 'The token was signed with an unknown key.'
  if (cause instanceof joseErrors.JOSEError) return `The token is not valid: ${cause.message}`
  return 'The token could not be read.'
}
