import { decodeJwt, decodeProtectedHeader } from 'jose'

/** A JWT that crossed a hop, decoded without verifying (the journal shows, it never trusts). */
export interface TokenSighting {
  /** Where it was seen: `authorization`, `query:token`, `location:code`, `request-body`, ... */
  where: string
  /** The header's `typ` (`sso+jwt`, `event+jwt`, `at+jwt`), or `jwt` when it has none. */
  kind: string
  header: Record<string, unknown>
  claims: Record<string, unknown>
}

const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/g
const WHOLE_JWT = /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/
const QUERY_TOKENS = ['token', 'code', 'access_token', 'id_token']

export interface SightingSources {
  url: string
  authorization?: string
  location?: string
  /** Request and response bodies as text (only small JSON or form bodies are passed). */
  requestBody?: string
  responseBody?: string
}

/**
 * Every JWT in the places tokens travel between the services: `Authorization: Bearer`, the
 * `token`/`code` query parameters (SSO links, OAuth callbacks), the `Location` of a redirect, and
 * JSON or form bodies (signed events, token responses).
 *
 * @example
 * findTokens({ url: '/sso?token=eyJ...' })[0]?.kind // 'sso+jwt'
 */
export function findTokens(sources: SightingSources): TokenSighting[] {
  const found: TokenSighting[] = []
  const bearer = /^Bearer\s+(\S+)$/i.exec(sources.authorization ?? '')?.[1]
  if (bearer) push(found, 'authorization', bearer)
  for (const [where, url] of [
    ['query', sources.url],
    ['location', sources.location],
  ] as const) {
    if (!url) continue
    const params = new URLSearchParams(url.split('?')[1]?.split('#')[0] ?? '')
    for (const name of QUERY_TOKENS) {
      const value = params.get(name)
      if (value) push(found, `${where}:${name}`, value)
    }
  }
  for (const [where, body] of [
    ['request-body', sources.requestBody],
    ['response-body', sources.responseBody],
  ] as const) {
    for (const match of body?.match(JWT) ?? []) push(found, where, match)
  }
  return found
}

function push(found: TokenSighting[], where: string, token: string): void {
  if (!WHOLE_JWT.test(token)) return
  try {
    const header = decodeProtectedHeader(token) as Record<string, unknown>
    const claims = decodeJwt(token) as Record<string, unknown>
    const kind = typeof header.typ === 'string' ? header.typ.toLowerCase() : 'jwt'
    found.push({ where, kind, header, claims })
  } catch {
    // Looked like a JWT but is not one: nothing to show.
  }
}
