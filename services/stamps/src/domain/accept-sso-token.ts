import {
  consumeTokenId,
  InvalidTokenError,
  type ServiceTokenPayload,
  TokenReplayedError,
  verifyServiceToken,
} from '@partner-sandbox/shared'
import * as z from 'zod'
import { InvalidSsoLinkError } from '../errors'
import type { DomainContext } from './context'
import {
  type CopAccount,
  findOrCreateCopAccount,
  getCopAccount,
  type SsoProfile,
} from './cop-account'
import { offerAccountChoice, type SsoChoice } from './sso-choice'

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

type SsoContext = Pick<DomainContext, 'store' | 'clock' | 'baseUrl' | 'peers' | 'shipstationKeys'>

/** Signed in as the link's account, or a choice to make first (another account is signed in). */
export type SsoOutcome =
  | { kind: 'signed_in'; account: CopAccount }
  | { kind: 'choose'; choice: SsoChoice; current: CopAccount }

/**
 * Signs a ShipStation user into the COP: verifies the `sso+jwt` (signature, typ, issuer, audience,
 * lifetime, tenant), burns its `jti` so the link works once, and finds or creates the COP account.
 * When the browser is already signed in to another COP account (`signedInAs`), nothing is replaced:
 * the outcome is a choice the customer makes on a page of its own, so a link someone else sent
 * cannot swap the session behind their back. Every refusal is an InvalidSsoLinkError naming the
 * reason.
 *
 * @example
 * const outcome = await acceptSsoToken(ctx, token, session?.accountId)
 */
export async function acceptSsoToken(
  ctx: SsoContext,
  token: string,
  signedInAs?: string,
): Promise<SsoOutcome> {
  const profile = await verifySsoToken(ctx, token)
  const current = signedInAs ? await getCopAccount(ctx, signedInAs) : undefined
  if (current && current.id !== profile.shipstationAccountId) {
    return { kind: 'choose', choice: await offerAccountChoice(ctx, current.id, profile), current }
  }
  return { kind: 'signed_in', account: await findOrCreateCopAccount(ctx, profile) }
}

/** The profile a valid, unused `sso+jwt` vouches for; its `jti` is burnt. */
async function verifySsoToken(ctx: SsoContext, token: string): Promise<SsoProfile> {
  const payload = await verify(ctx, token)
  if (payload.tenant !== ctx.store.tenant) {
    throw new InvalidSsoLinkError(
      `it was issued for sandbox tenant "${payload.tenant}", not "${ctx.store.tenant}"`,
    )
  }
  const claims = SsoClaims.safeParse(payload)
  if (!claims.success) throw new InvalidSsoLinkError('it does not name a ShipStation account')
  try {
    await consumeTokenId(ctx.store, payload)
  } catch (cause) {
    if (cause instanceof TokenReplayedError) {
      throw new InvalidSsoLinkError('it was already used', { cause })
    }
    throw cause
  }
  const { sub, ...profile } = claims.data
  return { shipstationAccountId: sub, ...profile }
}

// ShipStation's keys and base URL (the issuer); our own base URL is the audience.
async function verify(ctx: SsoContext, token: string): Promise<ServiceTokenPayload> {
  try {
    return await verifyServiceToken(token, ctx.shipstationKeys, {
      type: SSO_TOKEN_TYPE,
      issuer: ctx.peers.shipstation.baseUrl,
      audience: ctx.baseUrl,
      clock: ctx.clock,
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
  const cause = error.cause as
    | { code?: string; claim?: string; payload?: { iat?: number; exp?: number } }
    | undefined
  switch (cause?.code) {
    case 'ERR_JWT_EXPIRED': {
      // The links' lifetime is ShipStation's rule: read it from the link instead of restating it.
      const { iat, exp } = cause.payload ?? {}
      if (iat === undefined || exp === undefined) return 'it has expired'
      return `it has expired (sign-in links work for ${exp - iat} seconds)`
    }
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
