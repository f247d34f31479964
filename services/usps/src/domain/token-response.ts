import { type ServiceKeys, secretToken } from '@partner-sandbox/shared'
import { signAccessToken } from './access-token'
import type { DomainContext } from './context'
import type { OAuthClient } from './oauth-clients'
import { saveRefreshToken } from './oauth-grants'

const REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 3600

/** USPS's token response shape (OAuth 2.0 3.0 `TokenResponse`). */
export interface TokenResponse {
  access_token: string
  token_type: 'Bearer'
  issued_at: number
  expires_in: number
  status: 'approved'
  scope: string
  issuer: string
  client_id: string
  application_name: string
  refresh_token?: string
  refresh_token_issued_at?: number
  refresh_token_expires_in?: number
  refresh_token_status?: 'approved'
  refresh_count?: number
}

export interface IssueTokensInput {
  client: OAuthClient
  accountId?: string
  scope: string
  grantId: string
  /** undefined: no refresh token (client credentials); otherwise the new token's refresh_count. */
  refreshCount?: number
}

/**
 * Signs the access token and, for user grants, stores a new refresh token; answers in USPS's
 * shape (issued_at in ms, expires_in 28799, refresh_token_expires_in 604799).
 */
export async function issueTokens(
  ctx: DomainContext,
  keys: ServiceKeys,
  input: IssueTokensInput,
): Promise<TokenResponse> {
  const now = ctx.clock.now()
  const accessToken = await signAccessToken(ctx, keys, ctx.store.tenant, {
    accountId: input.accountId,
    clientId: input.client.id,
    scope: input.scope,
    grantId: input.grantId,
  })
  const response: TokenResponse = {
    access_token: accessToken,
    token_type: 'Bearer',
    issued_at: now.getTime(),
    expires_in: 28_799,
    status: 'approved',
    scope: input.scope,
    issuer: ctx.baseUrl,
    client_id: input.client.id,
    application_name: input.client.name,
  }
  if (input.refreshCount === undefined) return response
  const refreshToken = secretToken(24)
  await saveRefreshToken(ctx, {
    token: refreshToken,
    grantId: input.grantId,
    clientId: input.client.id,
    accountId: input.accountId,
    scope: input.scope,
    issuedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000).toISOString(),
    refreshCount: input.refreshCount,
    status: 'active',
  })
  return {
    ...response,
    refresh_token: refreshToken,
    refresh_token_issued_at: now.getTime(),
    refresh_token_expires_in: 604_799,
    refresh_token_status: 'approved',
    refresh_count: input.refreshCount,
  }
}
