import { OAuthError } from '../errors'
import { safeEqual } from '../lib/safe-equal'
import type { DomainContext } from './context'
import { findClient, type OAuthClient } from './oauth-clients'

const INVALID_CLIENT =
  'InvalidApiKey: The client application credentials provided in the request are missing, invalid, inactive or not approved for access.'

/**
 * Authenticates the client of a token or revoke request: HTTP Basic (client_secret_basic), body
 * credentials (client_secret_post), or client_id alone for public clients (none). Using two
 * methods at once is refused (RFC 6749 2.3).
 */
export async function authenticateClient(
  ctx: Pick<DomainContext, 'store'>,
  seeded: OAuthClient[],
  authorization: string | undefined,
  body: Record<string, unknown>,
): Promise<OAuthClient> {
  const bodyId = stringOf(body.client_id)
  const bodySecret = stringOf(body.client_secret)
  let id = bodyId
  let secret = bodySecret
  if (authorization?.toLowerCase().startsWith('basic ')) {
    if (bodySecret) {
      throw new OAuthError('invalid_request', 'Use one client authentication method, not two.')
    }
    const basic = decodeBasic(authorization.slice(6).trim())
    if (!basic || (bodyId && bodyId !== basic.id))
      throw new OAuthError('invalid_client', INVALID_CLIENT)
    ;({ id, secret } = basic)
  }
  if (!id) throw new OAuthError('invalid_client', INVALID_CLIENT)
  const client = await findClient(ctx, seeded, id)
  if (!client) throw new OAuthError('invalid_client', INVALID_CLIENT)
  if (client.type === 'public') {
    if (secret) throw new OAuthError('invalid_client', 'A public client sends no client_secret.')
    return client
  }
  if (!secret || !client.secret || !safeEqual(secret, client.secret)) {
    throw new OAuthError('invalid_client', INVALID_CLIENT)
  }
  return client
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** RFC 6749 2.3.1: id and secret are form-urlencoded before base64. */
function decodeBasic(encoded: string): { id: string; secret: string } | undefined {
  const text = Buffer.from(encoded, 'base64').toString('utf8')
  const colon = text.indexOf(':')
  if (colon < 1) return undefined
  try {
    const decode = (v: string) => decodeURIComponent(v.replace(/\+/g, ' '))
    return { id: decode(text.slice(0, colon)), secret: decode(text.slice(colon + 1)) }
  } catch {
    return undefined
  }
}
