import {
  calculateJwkThumbprint,
  createRemoteJWKSet,
  customFetch,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
} from 'jose'
import type { Clock } from './clock'
import { InvalidTokenError, PeerUnavailableError, TokenReplayedError } from './errors'
import { type Peer, urlOf } from './peer'
import { secretToken } from './random'
import { type Store, SYSTEM_TENANT, type TenantStore } from './store/store'

const ALG = 'ES256'

/** A service's signing key. The private half never leaves the service's own store. */
export interface ServiceKeys {
  kid: string
  privateKey: CryptoKey
  publicJwk: JWK
}

interface StoredKey {
  kid: string
  privateJwk: JWK
  publicJwk: JWK
}

/**
 * Loads the service's ES256 key from its store, generating it on first start. Stored keys keep the
 * `kid` stable across restarts, so tokens signed before a restart still verify after it.
 *
 * @example
 * const keys = await loadServiceKeys(store)
 */
export async function loadServiceKeys(store: Store): Promise<ServiceKeys> {
  const system = store.forTenant(SYSTEM_TENANT)
  let stored = await system.get<StoredKey>('signing_keys', 'current')
  if (!stored) {
    const pair = await generateKeyPair(ALG, { extractable: true })
    const publicJwk = await exportJWK(pair.publicKey)
    const kid = await calculateJwkThumbprint(publicJwk)
    const candidate: StoredKey = { kid, privateJwk: await exportJWK(pair.privateKey), publicJwk }
    // insert, not put: when two processes start at once, both end up with the first one's key.
    await system.insert('signing_keys', 'current', candidate)
    stored = (await system.get<StoredKey>('signing_keys', 'current')) ?? candidate
  }
  const privateKey = (await importJWK(stored.privateJwk, ALG)) as CryptoKey
  return {
    kid: stored.kid,
    privateKey,
    publicJwk: { ...stored.publicJwk, kid: stored.kid, alg: ALG, use: 'sig' },
  }
}

/** The body of `/.well-known/jwks.json`. */
export function jwksOf(keys: ServiceKeys): { keys: JWK[] } {
  return { keys: [keys.publicJwk] }
}

export interface SignTokenOptions {
  /** Token kind, written as the JOSE `typ` header so one kind can never pass as another. */
  type: string
  issuer: string
  audience: string
  subject: string
  tenant: string
  ttlSeconds: number
  clock: Clock
  claims?: Record<string, unknown>
}

/**
 * Signs a short-lived token that crosses to another service. Every token carries `jti`, `kid`,
 * and the sandbox tenant.
 *
 * @example
 * const token = await signServiceToken(keys, { type: 'sso+jwt', issuer, audience, subject: accountId,
 *   tenant, ttlSeconds: 60, clock })
 */
export async function signServiceToken(
  keys: ServiceKeys,
  options: SignTokenOptions,
): Promise<string> {
  const nowSeconds = Math.floor(options.clock.now().getTime() / 1000)
  return new SignJWT({ ...options.claims, tenant: options.tenant })
    .setProtectedHeader({ alg: ALG, kid: keys.kid, typ: options.type })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setSubject(options.subject)
    .setJti(secretToken(16))
    .setIssuedAt(nowSeconds)
    .setNotBefore(nowSeconds - 5)
    .setExpirationTime(nowSeconds + options.ttlSeconds)
    .sign(keys.privateKey)
}

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
/** Where verification finds public keys: a peer's remote JWKS or a local one. */
export type KeySet = JWTVerifyGetKey

export async function verifyServiceToken(
  token: string,
  keySet: JWTVerifyGetKey,
  options: VerifyTokenOptions,
): Promise<ServiceTokenPayload> {
  try {
    const { payload } = await jwtVerify(token, keySet, {
      algorithms: [ALG],
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

/**
 * The public keys of another service, fetched from its `/.well-known/jwks.json` through the peer's
 * fetch (real HTTP or in-process) and cached by jose.
 */
export function peerKeySet(peer: Peer): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(urlOf(peer.baseUrl, '/.well-known/jwks.json')), {
    [customFetch]: (url: string, init: RequestInit) => peer.fetch(url, init),
    cooldownDuration: 1_000,
  })
}

/**
 * Records a token id until it expires; false when it was recorded before. Lives in the store (not
 * memory), so every replica and a restarted process see the same answer.
 */
export async function rememberTokenId(
  store: TenantStore,
  payload: Pick<ServiceTokenPayload, 'iss' | 'jti' | 'exp'>,
): Promise<boolean> {
  return store.insert('used_token_ids', `${payload.iss}#${payload.jti}`, {
    expiresAt: new Date(payload.exp * 1000).toISOString(),
  })
}

/** Undoes rememberTokenId when the token's message was refused, so a corrected retry is accepted. */
export async function forgetTokenId(
  store: TenantStore,
  payload: Pick<ServiceTokenPayload, 'iss' | 'jti'>,
): Promise<void> {
  await store.delete('used_token_ids', `${payload.iss}#${payload.jti}`)
}

/** Single-use tokens (SSO): a second presentation is refused. */
export async function consumeTokenId(
  store: TenantStore,
  payload: Pick<ServiceTokenPayload, 'iss' | 'jti' | 'exp'>,
): Promise<void> {
  if (!(await rememberTokenId(store, payload))) {
    throw new TokenReplayedError(
      'This sign-in link was already used. Open it again from its source.',
    )
  }
}
