import {
  readBody,
  type SandboxContext,
  type SandboxEnv,
  SandboxError,
} from '@partner-sandbox/shared'
import { type Context, Hono } from 'hono'
import { authenticateClient } from '../domain/client-auth'
import { SUPPORTED_SCOPES } from '../domain/oauth-clients'
import { revokeToken } from '../domain/revoke-token'
import { grantTokens } from '../domain/token-grants'
import { OAuthError } from '../errors'
import { domainContext, type UspsRuntime } from '../runtime'

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' }

/** RFC 6749 5.2 errors: `{error, error_description}`, 401 + WWW-Authenticate for invalid_client. */
function oauthErrorResponse(runtime: UspsRuntime) {
  return (error: Error, c: Context) => {
    const oauth =
      error instanceof OAuthError
        ? error
        : error instanceof SandboxError
          ? new OAuthError('invalid_request', error.message)
          : undefined
    if (!oauth) {
      console.error(`[${c.req.method} ${c.req.path}]`, error)
      return c.json(
        { error: 'server_error', error_description: 'The token endpoint failed; try again.' },
        500,
        NO_STORE,
      )
    }
    const headers: Record<string, string> = { ...NO_STORE }
    if (oauth.status === 401) headers['WWW-Authenticate'] = `Basic realm="${runtime.baseUrl}"`
    return c.json(
      { error: oauth.oauthError, error_description: oauth.message },
      oauth.status as 400 | 401,
      headers,
    )
  }
}

/** The body as an object; a malformed one is invalid_request, not problem+json. */
async function oauthBody(c: Context<SandboxEnv>): Promise<Record<string, unknown>> {
  try {
    return await readBody(c)
  } catch (cause) {
    throw new OAuthError(
      'invalid_request',
      'Send the body as application/x-www-form-urlencoded or application/json.',
      { cause },
    )
  }
}

/** The token and revocation endpoints and the RFC 8414 discovery document. */
export function oauthTokenRoutes(runtime: UspsRuntime) {
  const clientOf = (c: SandboxContext, body: Parameters<typeof authenticateClient>[3]) =>
    authenticateClient(c.var.store, runtime.clients, c.req.header('authorization'), body)
  const app = new Hono<SandboxEnv>()
    .post('/oauth2/v3/token', async (c) => {
      const body = await oauthBody(c)
      const client = await clientOf(c, body)
      const tokens = await grantTokens(
        domainContext(c, runtime),
        await runtime.keys(),
        client,
        body,
      )
      return c.json(tokens, 200, NO_STORE)
    })
    .post('/oauth2/v3/revoke', async (c) => {
      const body = await oauthBody(c)
      const client = await clientOf(c, body)
      await revokeToken(domainContext(c, runtime), await runtime.keys(), client, body)
      return c.body(null, 200, NO_STORE)
    })
    .get('/.well-known/oauth-authorization-server', (c) => {
      const base = runtime.baseUrl
      return c.json({
        issuer: base,
        authorization_endpoint: `${base}/oauth2/v3/authorize`,
        token_endpoint: `${base}/oauth2/v3/token`,
        revocation_endpoint: `${base}/oauth2/v3/revoke`,
        jwks_uri: `${base}/.well-known/jwks.json`,
        response_types_supported: ['code'],
        response_modes_supported: ['query'],
        grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: [
          'client_secret_basic',
          'client_secret_post',
          'none',
        ],
        revocation_endpoint_auth_methods_supported: [
          'client_secret_basic',
          'client_secret_post',
          'none',
        ],
        scopes_supported: [...SUPPORTED_SCOPES],
      })
    })
  app.onError(oauthErrorResponse(runtime))
  return app
}
