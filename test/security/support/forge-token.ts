import { createHmac } from 'node:crypto'
import { type ServiceKeys, signServiceToken } from '@partner-sandbox/shared'
import { exportJWK, exportSPKI, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose'

/** What a genuine token of the target says; each attack changes one thing. */
export interface TokenTarget {
  keys: ServiceKeys
  type: string
  issuer: string
  audience: string
  tenant: string
  subject: string
  claims: Record<string, unknown>
  now: Date
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

function unsigned(header: Record<string, unknown>, payload: Record<string, unknown>): string {
  return `${b64(header)}.${b64(payload)}`
}

function claimsOf(t: TokenTarget, change: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(t.now.getTime() / 1000)
  return {
    ...t.claims,
    tenant: t.tenant,
    iss: t.issuer,
    aud: t.audience,
    sub: t.subject,
    jti: `forged-${Math.random().toString(36).slice(2)}`,
    iat: now,
    nbf: now - 5,
    exp: now + 60,
    ...change,
  }
}

/** A genuine token, signed with the issuer's real key: the attacks must fail where this passes. */
export function genuineToken(t: TokenTarget): Promise<string> {
  return signServiceToken(t.keys, {
    type: t.type,
    issuer: t.issuer,
    audience: t.audience,
    subject: t.subject,
    tenant: t.tenant,
    ttlSeconds: 60,
    clock: { now: () => t.now },
    claims: t.claims,
  })
}

/** Every forged token the suite tries against a JWT-accepting endpoint, by attack name. */
export async function forgedTokens(t: TokenTarget): Promise<Record<string, string>> {
  const attacker = await generateKeyPair('ES256', { extractable: true })
  const attackerJwk: JWK = { ...(await exportJWK(attacker.publicKey)), alg: 'ES256', use: 'sig' }
  const realKid = t.keys.kid
  const withAttackerKey = (header: Record<string, unknown>, change?: Record<string, unknown>) =>
    new SignJWT(claimsOf(t, change))
      .setProtectedHeader({ alg: 'ES256', typ: t.type, ...header })
      .sign(attacker.privateKey)
  const withRealKey = (header: Record<string, unknown>, change?: Record<string, unknown>) =>
    new SignJWT(claimsOf(t, change))
      .setProtectedHeader({ alg: 'ES256', kid: realKid, typ: t.type, ...header })
      .sign(t.keys.privateKey)
  const hs256 = (secret: string | Buffer) => {
    const body = unsigned({ alg: 'HS256', kid: realKid, typ: t.type }, claimsOf(t))
    return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`
  }
  const realPublic = await importJWK(t.keys.publicJwk, 'ES256')
  const pem = await exportSPKI(realPublic as CryptoKey)
  const now = Math.floor(t.now.getTime() / 1000)
  const genuine = await genuineToken(t)
  const [gHeader, , gSignature] = genuine.split('.')
  return {
    'alg none': `${unsigned({ alg: 'none', typ: t.type }, claimsOf(t))}.`,
    'alg None': `${unsigned({ alg: 'None', typ: t.type }, claimsOf(t))}.`,
    'alg none with the real kid': `${unsigned({ alg: 'none', kid: realKid, typ: t.type }, claimsOf(t))}.`,
    'HS256 keyed with the public JWK': hs256(JSON.stringify(t.keys.publicJwk)),
    'HS256 keyed with the public key PEM': hs256(pem),
    'HS256 keyed with the x coordinate': hs256(Buffer.from(t.keys.publicJwk.x ?? '', 'base64url')),
    'attacker key, no kid': await withAttackerKey({}),
    'attacker key, real kid': await withAttackerKey({ kid: realKid }),
    'attacker key, embedded jwk': await withAttackerKey({ jwk: attackerJwk }),
    'attacker key, jku to the attacker': await withAttackerKey({
      jku: 'http://evil.example/jwks.json',
      kid: 'evil',
    }),
    'attacker key, x5u to the attacker': await withAttackerKey({
      x5u: 'http://evil.example/cert.pem',
    }),
    'kid path traversal': await withAttackerKey({ kid: '../../../../dev/null' }),
    'kid SQL injection': await withAttackerKey({ kid: "x' UNION SELECT 'secret' --" }),
    'payload swapped under a genuine signature': `${gHeader}.${b64(claimsOf(t, { sub: 'someone-else' }))}.${gSignature}`,
    'signature stripped': `${gHeader}.${b64(claimsOf(t))}.`,
    expired: await withRealKey({}, { iat: now - 7200, nbf: now - 7200, exp: now - 3600 }),
    'not valid yet': await withRealKey({}, { nbf: now + 3600, exp: now + 7200 }),
    'wrong audience': await withRealKey({}, { aud: 'http://evil.example' }),
    'wrong issuer': await withRealKey({}, { iss: 'http://evil.example' }),
    'wrong typ (another token kind)': await withRealKey({ typ: 'at+jwt' }),
    'no typ': await withRealKey({ typ: undefined }),
    'no jti': await withRealKey({}, { jti: undefined }),
    'no exp': await withRealKey({}, { exp: undefined }),
    'another tenant': await withRealKey({}, { tenant: 'someone-elses-tenant' }),
    'tenant not a string': await withRealKey({}, { tenant: ['default'] }),
    garbage: 'not.a.jwt',
  }
}
