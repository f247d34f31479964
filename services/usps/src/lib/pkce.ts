import { createHash, timingSafeEqual } from 'node:crypto'

/** RFC 7636 verifier and S256 challenge alphabet: 43 to 128 unreserved characters. */
export const PKCE_PATTERN = /^[A-Za-z0-9._~-]{43,128}$/

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

/** Constant-time string comparison for client secrets. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
