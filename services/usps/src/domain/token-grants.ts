import type { ServiceKeys } from '@partner-sandbox/shared'
import { OAuthError } from '../errors'
import { PKCE_PATTERN, verifierMatches } from '../lib/pkce'
import { findAuthorizationCode, markCodeUsed, wasCodeUsed } from './authorization-code'
import type { DomainContext } from './context'
import type { OAuthClient } from './oauth-clients'
import {
  createGrant,
  getRefreshToken,
  isGrantActive,
  retireRefreshToken,
  revokeGrant,
} from './oauth-grants'
import { isPast } from './time'
import { issueTokens, type TokenResponse } from './token-response'

type Body = Record<string, unknown>
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined)

const BAD_CODE =
  'Authorizaton Code Error: either the authorization code has expired, is invalid, or the redirect_uri is not registered.'

/**
 * The token endpoint's grants. `client` is already authenticated.
 *
 * @example
 * const tokens = await grantTokens(ctx, keys, client, { grant_type: 'authorization_code', code,
 *   redirect_uri, code_verifier })
 */
export async function grantTokens(
  ctx: DomainContext,
  keys: ServiceKeys,
  client: OAuthClient,
  body: Body,
): Promise<TokenResponse> {
  const grantType = str(body.grant_type)
  if (!grantType) throw new OAuthError('invalid_request', 'grant_type is required.')
  if (grantType === 'authorization_code') return redeemCode(ctx, keys, client, body)
  if (grantType === 'refresh_token') return refresh(ctx, keys, client, body)
  if (grantType === 'client_credentials') return clientCredentials(ctx, keys, client, body)
  throw new OAuthError(
    'unsupported_grant_type',
    `grant_type ${grantType} is not supported; use authorization_code, refresh_token or client_credentials.`,
  )
}

async function redeemCode(ctx: DomainContext, keys: ServiceKeys, client: OAuthClient, body: Body) {
  const value = str(body.code)
  if (!value) throw new OAuthError('invalid_request', 'code is required.')
  const code = await findAuthorizationCode(ctx, value)
  if (!code || isPast(ctx.clock, code.expiresAt)) throw new OAuthError('invalid_grant', BAD_CODE)
  if (await wasCodeUsed(ctx, value)) {
    // RFC 6749 4.1.2: a second use means the code leaked; the tokens it bought are revoked too.
    await revokeGrant(ctx, code.grantId)
    throw new OAuthError('invalid_grant', 'The authorization code was already used.')
  }
  if (code.clientId !== client.id) throw new OAuthError('invalid_grant', BAD_CODE)
  const redirectUri = str(body.redirect_uri)
  if ((code.redirectUriGiven || redirectUri) && redirectUri !== code.redirectUri) {
    throw new OAuthError('invalid_grant', BAD_CODE)
  }
  checkVerifier(code.codeChallenge, str(body.code_verifier))
  if (!(await markCodeUsed(ctx, value))) {
    await revokeGrant(ctx, code.grantId)
    throw new OAuthError('invalid_grant', 'The authorization code was already used.')
  }
  return issueTokens(ctx, keys, {
    client,
    accountId: code.accountId,
    scope: code.scope,
    grantId: code.grantId,
    refreshCount: 0,
  })
}

function checkVerifier(challenge: string | undefined, verifier: string | undefined): void {
  if (!challenge) {
    if (verifier)
      throw new OAuthError('invalid_grant', 'code_verifier sent, but no code_challenge.')
    return
  }
  if (!verifier) throw new OAuthError('invalid_request', 'code_verifier is required (PKCE).')
  if (!PKCE_PATTERN.test(verifier) || !verifierMatches(verifier, challenge)) {
    throw new OAuthError('invalid_grant', 'The code_verifier does not match the code_challenge.')
  }
}

async function refresh(ctx: DomainContext, keys: ServiceKeys, client: OAuthClient, body: Body) {
  const value = str(body.refresh_token)
  if (!value) throw new OAuthError('invalid_request', 'refresh_token is required.')
  const stored = await getRefreshToken(ctx, value)
  const invalid = `Invalid Refresh Token: the refresh token is unknown, expired or revoked.`
  if (!stored || stored.clientId !== client.id) throw new OAuthError('invalid_grant', invalid)
  if (isPast(ctx.clock, stored.expiresAt)) throw new OAuthError('invalid_grant', invalid)
  if (stored.status === 'rotated') {
    // A rotated token coming back means two parties hold it: end the whole grant.
    await revokeGrant(ctx, stored.grantId)
    throw new OAuthError('invalid_grant', invalid)
  }
  if (!(await isGrantActive(ctx, stored.grantId))) throw new OAuthError('invalid_grant', invalid)
  const scope = narrowScope(stored.scope, str(body.scope))
  if (!(await retireRefreshToken(ctx, value, 'rotated'))) {
    await revokeGrant(ctx, stored.grantId)
    throw new OAuthError('invalid_grant', invalid)
  }
  return issueTokens(ctx, keys, {
    client,
    accountId: stored.accountId,
    scope,
    grantId: stored.grantId,
    refreshCount: stored.refreshCount + 1,
  })
}

async function clientCredentials(
  ctx: DomainContext,
  keys: ServiceKeys,
  client: OAuthClient,
  body: Body,
) {
  if (client.type !== 'confidential') {
    throw new OAuthError('unauthorized_client', 'Public clients cannot use client_credentials.')
  }
  const scope = narrowScope(client.scopes.join(' '), str(body.scope))
  const grant = await createGrant(ctx, client.id, undefined)
  return issueTokens(ctx, keys, { client, scope, grantId: grant.id })
}

/** A requested scope must be within what was granted; none requested keeps it all. */
function narrowScope(granted: string, requested: string | undefined): string {
  if (!requested) return granted
  const allowed = new Set(granted.split(' '))
  const asked = requested.split(' ').filter(Boolean)
  const extra = asked.filter((s) => !allowed.has(s))
  if (extra.length > 0)
    throw new OAuthError('invalid_scope', `Scope not granted: ${extra.join(' ')}.`)
  return asked.join(' ')
}
