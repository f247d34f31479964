import { type JWTPayload, errors as joseErrors, jwtVerify } from 'jose'
import type { Clock } from './clock'
import { InvalidTokenError, PeerUnavailableError } from './errors'
import { isOwnKeySet, type KeySet } from './peer-key-set'
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

/** Tokens verified against a service's own key set, kept per key set; oldest dropped first. */
const VERIFIED_LIMIT = 1_000
const verifiedByKeySet = new WeakMap<KeySet, Map<string, ServiceTokenPayload>>()

/**
 * A token this key set verified before with the same options, while the sandbox clock still has
 * it in its lifetime. USPS reads its own access token back on every API call, and an ES256
 * verification costs more than the rest of the call's checks. Only own key sets: their key never
 * changes while the process runs, while a peer's keys may (a peer restarted with a new store).
 * Anything outside the lifetime goes to jose again, which says what failed.
 */
function verifiedBefore(
  token: string,
  keySet: KeySet,
  options: VerifyTokenOptions,
): ServiceTokenPayload | undefined {
  const payload = verifiedByKeySet.get(keySet)?.get(cacheKey(token, options))
  if (!payload) return undefined
  const now = Math.floor(options.clock.now().getTime() / 1000)
  if (payload.exp <= now) return undefined
  if (typeof payload.nbf === 'number' && payload.nbf > now) return undefined
  return payload
}

function remember(
  token: string,
  keySet: KeySet,
  options: VerifyTokenOptions,
  payload: ServiceTokenPayload,
) {
  if (!isOwnKeySet(keySet)) return
  let verified = verifiedByKeySet.get(keySet)
  if (!verified) {
    verified = new Map()
    verifiedByKeySet.set(keySet, verified)
  }
  if (verified.size >= VERIFIED_LIMIT) verified.delete(verified.keys().next().value as string)
  verified.set(cacheKey(token, options), payload)
}

const cacheKey = (token: string, options: VerifyTokenOptions) =>
  `${options.type} ${options.issuer} ${options.audience} ${token}`

/**
 * Verifies signature, `typ`, issuer, audience and lifetime against the sandbox clock. Every failure
 * is an InvalidTokenError saying which check failed.
 */
export async function verifyServiceToken(
  token: string,
  keySet: KeySet,
  options: VerifyTokenOptions,
): Promise<ServiceTokenPayload> {
  const known = verifiedBefore(token, keySet, options)
  if (known) return known
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
    remember(token, keySet, options, payload as ServiceTokenPayload)
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
