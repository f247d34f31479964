import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose'
import { type Store, SYSTEM_TENANT } from './store/store'

/** The one algorithm of every service token: signing and verification must agree on it. */
export const SERVICE_TOKEN_ALG = 'ES256'

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
  let generated: CryptoKey | undefined
  if (!stored) {
    const pair = await generateKeyPair(SERVICE_TOKEN_ALG, { extractable: true })
    const publicJwk = await exportJWK(pair.publicKey)
    const kid = await calculateJwkThumbprint(publicJwk)
    const candidate: StoredKey = { kid, privateJwk: await exportJWK(pair.privateKey), publicJwk }
    // insert, not put: when two processes start at once, both end up with the first one's key.
    await system.insert('signing_keys', 'current', candidate)
    stored = (await system.get<StoredKey>('signing_keys', 'current')) ?? candidate
    if (stored.kid === kid) generated = pair.privateKey
  }
  // A key this call generated is already at hand; importing its JWK again would only cost time.
  const privateKey =
    generated ?? ((await importJWK(stored.privateJwk, SERVICE_TOKEN_ALG)) as CryptoKey)
  return {
    kid: stored.kid,
    privateKey,
    publicJwk: { ...stored.publicJwk, kid: stored.kid, alg: SERVICE_TOKEN_ALG, use: 'sig' },
  }
}

/** The body of `/.well-known/jwks.json`. */
export function jwksOf(keys: ServiceKeys): { keys: JWK[] } {
  return { keys: [keys.publicJwk] }
}
