import { createHash } from 'node:crypto'
import { secretToken } from '@partner-sandbox/shared'

/** RFC 7636 S256 challenge of a verifier: base64url(sha256(verifier)). */
export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url')
}

/** A fresh verifier: 32 random bytes give 43 base64url characters, the RFC 7636 minimum. */
export function newPkceVerifier(): string {
  return secretToken(32)
}
