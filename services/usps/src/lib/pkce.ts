import { createHash, timingSafeEqual } from 'node:crypto'

export const PKCE_MIN_LENGTH = 43
export const PKCE_MAX_LENGTH = 128
/** RFC 7636 verifier and S256 challenge alphabet: 43 to 128 unreserved characters. */
export const PKCE_PATTERN = new RegExp(`^[A-Za-z0-9._~-]{${PKCE_MIN_LENGTH},${PKCE_MAX_LENGTH}}$`)

/** BASE64URL(SHA256(verifier)). */
export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url')
}

/** Constant-time check that the verifier hashes to the challenge. */
export function verifierMatches(verifier: string, challenge: string): boolean {
  const actual = Buffer.from(s256(verifier))
  const expected = Buffer.from(challenge)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
