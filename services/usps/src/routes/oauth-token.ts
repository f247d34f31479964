import {
  errorFormat,
  readBody,
  type SandboxContext,
  type SandboxEnv,
} from '@partner-sandbox/shared'
import { type Context, Hono } from 'hono'
import { authenticateClient } from '../domain/client-auth'
import { introspectToken } from '../domain/introspect-token'
import { SUPPORTED_SCOPES } from '../domain/oauth-clients'
import { revokeToken } from '../domain/revoke-token'
import { grantTokens } from '../domain/token-grants'
import { OAuthError } from '../errors'
import { NO_STORE, oauthErrorFormat } from '../lib/oauth-error-format'
import { domainContext, type UspsRuntime } from '../runtime'

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

/** The token, revocation and introspection (RFC 7662) endpoints and the RFC 8414 discovery document. */
export function oauthTokenRoutes(runtime: UspsRuntime) {
  const clientOf = (c: SandboxContext, body: Parameters<typeof authenticateClient>[3]) =>
    authenticateClient(c.var, runtime.clients, c.req.header('authorization'), body)
  const format = errorFormat(oauthErrorFormat(runtime.baseUrl))
  return new Hono<SandboxEnv>()
    .use('/oauth2/v3/token', format)
    .use('/oauth2/v3/revoke', format)
    .use('/oauth2/v3/introspect', format)
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
    .post('/oauth2/v3/introspect', async (c) => {
      const body = await oauthBody(c)
      const client = await clientOf(c, body)
      const info = await introspectToken(
        domainContext(c, runtime),
        await runtime.keys(),
        client,
        body,
      )
      return c.json(info, 200, NO_STORE)
    })
    .get('/.well-known/oauth-authorization-server', (c) => {
      const base = runtime.baseUrl
      return c.json({
        issuer: base,
        authorization_endpoint: `${base}/oauth2/v3/authorize`,
        token_endpoint: `${base}/oauth2/v3/token`,
        revocation_endpoint: `${base}/oauth2/v3/revoke`,
        introspection_endpoint: `${base}/oauth2/v3/introspect`,
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
        introspection_endpoint_auth_methods_supported: [
          'client_secret_basic',
          'client_secret_post',
          'none',
        ],
        scopes_supported: [...SUPPORTED_SCOPES],
      })
    })
}
