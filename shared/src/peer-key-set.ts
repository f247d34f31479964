import { createLocalJWKSet, createRemoteJWKSet, customFetch, type JWTVerifyGetKey } from 'jose'
import { type Peer, urlOf } from './peer'
import type { ServiceKeys } from './service-keys'

/** Where verification finds public keys: a peer's remote JWKS or a local one. */
export type KeySet = JWTVerifyGetKey

/**
 * The public keys of another service, fetched from its `/.well-known/jwks.json` through the peer's
 * fetch (real HTTP or in-process) and cached by jose.
 */
export function peerKeySet(peer: Peer): KeySet {
  return createRemoteJWKSet(new URL(urlOf(peer.baseUrl, '/.well-known/jwks.json')), {
    [customFetch]: (url: string, init: RequestInit) => peer.fetch(url, init),
    cooldownDuration: 1_000,
  })
}

const ownKeySets = new WeakMap<ServiceKeys, KeySet>()
const ownKeySetValues = new WeakSet<KeySet>()

/**
 * Whether a key set holds the service's own key, which never changes while the process runs (see
 * lazyServiceKeys), so a signature it verified once verifies again.
 */
export function isOwnKeySet(keySet: KeySet): boolean {
  return ownKeySetValues.has(keySet)
}

/**
 * The service's own public key as a key set, for tokens it issued and now reads back (access
 * tokens, payment authorizations). One per key, so the key is imported once rather than on every
 * verification, as a key set made per call would.
 *
 * @example
 * await verifyServiceToken(token, ownKeySet(await runtime.keys()), options)
 */
export function ownKeySet(keys: ServiceKeys): KeySet {
  let keySet = ownKeySets.get(keys)
  if (!keySet) {
    keySet = createLocalJWKSet({ keys: [keys.publicJwk] })
    ownKeySets.set(keys, keySet)
    ownKeySetValues.add(keySet)
  }
  return keySet
}
