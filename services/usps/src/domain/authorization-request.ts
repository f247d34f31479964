import { secretToken, ValidationError } from '@partner-sandbox/shared'
import { OAuthError } from '../errors'
import { PKCE_MAX_LENGTH, PKCE_MIN_LENGTH, PKCE_PATTERN } from '../lib/pkce'
import type { DomainContext } from './context'
import { findClient, isAllowedRedirect, type OAuthClient } from './oauth-clients'
import { isoAfter, isPast, MINUTE_MS } from './time'

const AUTHORIZATION_REQUESTS = 'authorization_requests'
const REQUEST_TTL_MS = 30 * MINUTE_MS

/** A `GET /oauth2/v3/authorize` waiting for the user to sign in and consent. */
export interface AuthorizationRequest {
  id: string
  clientId: string
  redirectUri: string
  /** RFC 6749 4.1.3: the token request must repeat redirect_uri when the authorize did. */
  redirectUriGiven: boolean
  scope: string
  state?: string
  codeChallenge: string
  expiresAt: string
}

type Query = Record<string, string | undefined>

/**
 * Checks client_id and redirect_uri, the two things that decide whether redirecting is safe. A
 * failure here is shown on a USPS error page and never redirected (RFC 6749 4.1.2.1).
 */
export async function resolveAuthorizeTarget(
  ctx: Pick<DomainContext, 'store'>,
  seeded: OAuthClient[],
  query: Query,
): Promise<{ client: OAuthClient; redirectUri: string; redirectUriGiven: boolean }> {
  const clientId = query.client_id
  if (!clientId) throw ValidationError.forField('client_id', 'The request has no client_id.')
  const client = await findClient(ctx, seeded, clientId)
  if (!client) {
    throw ValidationError.forField('client_id', `No application is registered as ${clientId}.`)
  }
  const given = query.redirect_uri
  const onlyOne = client.redirectUris.length === 1 && !client.allowLoopbackRedirects
  const redirectUri = given ?? (onlyOne ? client.redirectUris[0] : undefined)
  if (!redirectUri) {
    throw ValidationError.forField('redirect_uri', 'The request has no redirect_uri.')
  }
  if (!isAllowedRedirect(client, redirectUri)) {
    throw ValidationError.forField(
      'redirect_uri',
      `The redirect_uri ${redirectUri} is not registered for ${client.name}.`,
    )
  }
  return { client, redirectUri, redirectUriGiven: given !== undefined }
}

/**
 * Checks the rest of the request (response_type, scope, PKCE) and keeps it in the store. These
 * failures are OAuthErrors the caller redirects back to the client.
 */
export async function createAuthorizationRequest(
  ctx: DomainContext,
  target: { client: OAuthClient; redirectUri: string; redirectUriGiven: boolean },
  query: Query,
): Promise<AuthorizationRequest> {
  const { client } = target
  if (!query.response_type) throw new OAuthError('invalid_request', 'response_type is required.')
  if (query.response_type !== 'code') {
    throw new OAuthError(
      'unsupported_response_type',
      `response_type ${query.response_type} is not supported; use code.`,
    )
  }
  const requested = (query.scope ?? '').split(' ').filter(Boolean)
  const unknown = requested.filter((s) => !client.scopes.includes(s))
  if (unknown.length > 0) {
    throw new OAuthError('invalid_scope', `Unknown or not allowed scope: ${unknown.join(' ')}.`)
  }
  const method = query.code_challenge_method
  const challenge = query.code_challenge
  if (method !== undefined && method !== 'S256') {
    throw new OAuthError(
      'invalid_request',
      'code_challenge_method must be S256 (plain is refused).',
    )
  }
  // RFC 9700 2.1.1: PKCE for every client, confidential ones included.
  if (challenge === undefined) {
    throw new OAuthError(
      'invalid_request',
      `PKCE is required for every client (${client.name} included): send code_challenge and code_challenge_method=S256.`,
    )
  }
  if (challenge !== undefined && (method !== 'S256' || !PKCE_PATTERN.test(challenge))) {
    throw new OAuthError(
      'invalid_request',
      `code_challenge must be a ${PKCE_MIN_LENGTH} to ${PKCE_MAX_LENGTH} character base64url S256 challenge with code_challenge_method=S256.`,
    )
  }
  const request: AuthorizationRequest = {
    id: secretToken(),
    clientId: client.id,
    redirectUri: target.redirectUri,
    redirectUriGiven: target.redirectUriGiven,
    scope: (requested.length > 0 ? requested : client.scopes).join(' '),
    state: query.state,
    codeChallenge: challenge,
    expiresAt: isoAfter(ctx.clock, REQUEST_TTL_MS),
  }
  await ctx.store.put(AUTHORIZATION_REQUESTS, request.id, request)
  return request
}

/** The pending request, or undefined when unknown or past its 30 minutes. */
export async function getAuthorizationRequest(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  id: string,
): Promise<AuthorizationRequest | undefined> {
  const request = await ctx.store.get<AuthorizationRequest>(AUTHORIZATION_REQUESTS, id)
  return request && !isPast(ctx.clock, request.expiresAt) ? request : undefined
}

/** Ends the request (consent given or refused); false when another tab already ended it. */
export async function closeAuthorizationRequest(
  ctx: Pick<DomainContext, 'store'>,
  id: string,
): Promise<boolean> {
  return ctx.store.delete(AUTHORIZATION_REQUESTS, id)
}

/** `redirect_uri` with the answer's parameters (code or error, and state) added. */
export function redirectWith(
  redirectUri: string,
  params: Record<string, string | undefined>,
): string {
  const url = new URL(redirectUri)
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v)
  return url.toString()
}
