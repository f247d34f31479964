import type { KeySet } from '@partner-sandbox/shared'
import {
  type Clock,
  consumeTokenId,
  InvalidTokenError,
  type ServiceTokenPayload,
  type TenantStore,
  TokenReplayedError,
  verifyServiceToken,
} from '@partner-sandbox/shared'
import { z } from 'zod'
import { InvalidSsoLinkError } from '../errors'
import { type CopAccount, findOrCreateCopAccount } from './cop-account'

/** JOSE `typ` of ShipStation's sign-in tokens. */
export const SSO_TOKEN_TYPE = 'sso+jwt'

export const SsoTokenInput = z.object({
  token: z.string({ error: 'token is required' }).trim().min(1, 'token is required'),
})

const SsoClaims = z.object({
  sub: z.string().min(1),
  email: z.string().min(1),
  name: z.string().default(''),
  company: z.string().default(''),
  promoCode: z.string().default(''),
})

export interface AcceptSsoOptions {
  /** ShipStation's public keys (its JWKS). */
  keySet: KeySet
  /** ShipStation's base URL, the token issuer. */
  issuer: string
  /** Our own base URL, the token audience. */
  audience: string
  store: TenantStore
  clock: Clock
}

/**
 * Signs a ShipStation user into the COP: verifies the `sso+jwt` (signature, typ, issuer, audience,
 * lifetime, tenant), burns its `jti` so the link works once, and finds or creates the COP account.
 * Every refusal is an InvalidSsoLinkError naming the reason.
 *
 * @example
 * const account = await acceptSsoToken(token, { keySet, issuer, audience, store, clock })
 */
export async function acceptSsoToken(
  token: string,
  options: AcceptSsoOptions,
): Promise<CopAccount> {
  const payload = await verify(token, options)
  if (payload.tenant !== options.store.tenant) {
    throw new InvalidSsoLinkError(
      `it was issued for sandbox tenant "${payload.tenant}", not "${options.store.tenant}"`,
    )
  }
  const claims = SsoClaims.safeParse(payload)
  if (!claims.success) throw new InvalidSsoLinkError('it does not name a ShipStation account')
  try {
    await consumeTokenId(options.store, payload)
  } catch (cause) {
    if (cause instanceof TokenReplayedError) {
      throw new InvalidSsoLinkError('it was already used', { cause })
    }
    throw cause
  }
  const { sub, ...profile } = claims.data
  return findOrCreateCopAccount(options.store, options.clock, {
    shipstationAccountId: sub,
    ...profile,
  })
}

async function verify(token: string, options: AcceptSsoOptions): Promise<ServiceTokenPayload> {
  try {
    return await verifyServiceToken(token, options.keySet, {
      type: SSO_TOKEN_TYPE,
      issuer: options.issuer,
      audience: options.audience,
      clock: options.clock,
    })
  } catch (cause) {
    if (cause instanceof InvalidTokenError) {
      throw new InvalidSsoLinkError(reasonOf(cause), { cause })
    }
    throw cause
  }
}

// jose's error codes say which check failed; the shared message is written for another audience.
function reasonOf(error: InvalidTokenError): string {
  const cause = error.cause as { code?: string; claim?: string } | undefined
  switch (cause?.code) {
    case 'ERR_JWT_EXPIRED':
      return 'it has expired (sign-in links work for 60 seconds)'
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return 'it was not signed by ShipStation'
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return `its "${cause.claim}" claim does not match this Stamps.com sandbox`
    case 'ERR_JWKS_TIMEOUT':
    case 'ERR_JOSE_GENERIC':
      return 'ShipStation keys could not be fetched to check it'
    default:
      return 'it is not a ShipStation sign-in token'
  }
}
