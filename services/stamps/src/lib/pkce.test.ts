import { describe, expect, it } from 'vitest'
import { newPkceVerifier, pkceChallenge } from './pkce'

describe('PKCE', () => {
  it('matches the RFC 7636 appendix B example', () => {
    expect(pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    )
  })

  it('makes verifiers of 43 or more unreserved characters', () => {
    const verifier = newPkceVerifier()
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/)
    expect(newPkceVerifier()).not.toBe(verifier)
  })
})
