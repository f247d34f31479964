import { PeerUnavailableError } from '@partner-sandbox/shared'
import * as z from 'zod'
import type { DomainContext } from '../domain/context'
import type { UspsTokens } from '../domain/cop-account'
import { UspsTokenRejectedError, UspsUnavailableError } from '../errors'
import { requestUsps } from './usps-request'

/** Auctane's credentials at the USPS OAuth server. */
export interface UspsClientCredentials {
  clientId: string
  clientSecret: string
}

// USPS has sent expires_in both as a number and as a string; accept either.
const TokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().int().positive(),
  refresh_token: z.string().min(1).optional(),
  scope: z.string().optional(),
})

const OAuthError = z.object({
  error: z.string().min(1),
  error_description: z.string().optional(),
})

export type TokenGrant =
  | { grant_type: 'authorization_code'; code: string; redirect_uri: string; code_verifier: string }
  | { grant_type: 'refresh_token'; refresh_token: string }
  | { grant_type: 'client_credentials'; scope: string }

/**
 * Calls USPS `POST /oauth2/v3/token` as the Auctane client (client_secret_basic, form body) and
 * returns the tokens with their expiry on the tenant clock. USPS's RFC 6749 errors become
 * UspsTokenRejectedError (400 for a bad or used code, 502 for anything that is our side's fault);
 * a 5xx or `temporarily_unavailable` is UspsUnavailableError (503, try again); no answer at all
 * is a PeerUnavailableError.
 *
 * @example
 * const tokens = await requestUspsTokens(ctx, { grant_type: 'refresh_token', refresh_token })
 */
export async function requestUspsTokens(
  ctx: Pick<DomainContext, 'peers' | 'uspsClient' | 'store' | 'clock'>,
  grant: TokenGrant,
): Promise<UspsTokens> {
  const { clientId, clientSecret } = ctx.uspsClient
  const basic = Buffer.from(`${clientId}:${clientSecret}`).toString('base64')
  const answer = await requestUsps(ctx, '/oauth2/v3/token', {
    authorization: `Basic ${basic}`,
    form: grant,
    unreachable: 'USPS could not be reached to finish linking your account. Try again in a moment.',
  })
  if (!answer.ok) throw rejection(answer.status, answer.body)
  const parsed = TokenResponse.safeParse(answer.body)
  if (!parsed.success) {
    throw new PeerUnavailableError('USPS answered the token request with an unexpected body.')
  }
  const now = ctx.clock.now()
  return {
    accessToken: parsed.data.access_token,
    refreshToken: parsed.data.refresh_token,
    accessTokenExpiresAt: new Date(now.getTime() + parsed.data.expires_in * 1000).toISOString(),
    scope: parsed.data.scope,
    linkedAt: now.toISOString(),
  }
}

function rejection(
  status: number,
  body: unknown,
): PeerUnavailableError | UspsTokenRejectedError | UspsUnavailableError {
  const parsed = OAuthError.safeParse(body)
  // An outage, not a refusal: the customer only has to try again later.
  if (status >= 500 || parsed.data?.error === 'temporarily_unavailable') {
    return new UspsUnavailableError({ cause: parsed.data ?? `HTTP ${status}` })
  }
  if (!parsed.success) {
    return new PeerUnavailableError(`USPS answered the token request with HTTP ${status}.`)
  }
  const { error, error_description } = parsed.data
  // invalid_grant / invalid_request: the code or refresh token is bad; the user can start again.
  const userCanFix = error === 'invalid_grant' || error === 'invalid_request'
  return new UspsTokenRejectedError(error, error_description, userCanFix ? 400 : 502)
}
