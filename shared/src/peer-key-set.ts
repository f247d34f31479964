import { createRemoteJWKSet, customFetch, type JWTVerifyGetKey } from 'jose'
import { type Peer, urlOf } from './peer'

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
