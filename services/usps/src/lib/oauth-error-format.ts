import type { ErrorFormat } from '@partner-sandbox/shared'
import { OAuthError } from '../errors'

/** RFC 6749 5.1: token responses, errors included, are never cached. */
export const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' }

/**
 * RFC 6749 5.2 errors, `{error, error_description}`, for the token and revocation endpoints:
 * invalid_client answers 401 with a Basic challenge for `realm`; other refusals are
 * invalid_request; an unexpected failure is server_error without internals.
 *
 * @example
 * app.use('/oauth2/v3/token', errorFormat(oauthErrorFormat(runtime.baseUrl)))
 */
export function oauthErrorFormat(realm: string): ErrorFormat {
  return (error, c) => {
    if (error.code === 'internal_error') {
      return c.json(
        { error: 'server_error', error_description: 'The token endpoint failed; try again.' },
        500,
        NO_STORE,
      )
    }
    const oauth =
      error instanceof OAuthError ? error : new OAuthError('invalid_request', error.message)
    const headers: Record<string, string> = { ...NO_STORE }
    if (oauth.status === 401) headers['WWW-Authenticate'] = `Basic realm="${realm}"`
    return c.json(
      { error: oauth.oauthError, error_description: oauth.message },
      oauth.status,
      headers,
    )
  }
}
