import type { ServiceName } from '@partner-sandbox/shared'
import { decodeJwt, decodeProtectedHeader } from 'jose'

/** Who took part in a hop: the scripted browser or one of the services. */
export type Party = 'browser' | ServiceName

/**
 * One HTTP request and its answer, as a sequence diagram draws it. The runner records the hops its
 * browser makes; in-process, the services' calls to each other too. Reports take any list of hops,
 * so a service-side request journal can feed them the same way.
 */
export interface Hop {
  from: Party
  /** The service answering, or undefined for a URL of no known service. */
  to?: ServiceName
  method: string
  url: string
  status: number
  /** Absolute Location of a redirect. */
  location?: string
  /** The step that made it (for the browser's hops). */
  step?: string
  /** When it was sent (ms; results count from the scenario's start) and how long it took. */
  at: number
  ms: number
  /** Tokens, codes and states carried in the Location's query (JWTs decoded). */
  carried?: CarriedValue[]
}

export interface CarriedValue {
  param: string
  value: string
  /** For a JWT: its header and claims, decoded without verifying (the report only shows them). */
  jwt?: { header: Record<string, unknown>; claims: Record<string, unknown> }
}

const CARRIED = /^(token|code|state|assertion|id_token|access_token|sso|jwt)$/i
const JWT = /^[\w-]+\.[\w-]+\.[\w-]*$/

/**
 * The values a redirect hands from one service to another in its query: a JWT under any name,
 * and the OAuth `code` and `state`.
 *
 * @example
 * carriedIn('http://stamps.test/sso?token=eyJ...') // [{ param: 'token', value, jwt: {...} }]
 */
export function carriedIn(url: string): CarriedValue[] {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return []
  }
  const found: CarriedValue[] = []
  for (const [param, value] of parsed.searchParams) {
    const jwt = JWT.test(value) ? decodeToken(value) : undefined
    if (jwt || CARRIED.test(param)) found.push({ param, value, ...(jwt ? { jwt } : {}) })
  }
  return found
}

function decodeToken(value: string): CarriedValue['jwt'] {
  try {
    return {
      header: decodeProtectedHeader(value) as Record<string, unknown>,
      claims: decodeJwt(value) as Record<string, unknown>,
    }
  } catch {
    return undefined
  }
}

/** Which service a URL belongs to, by origin. */
export function serviceOf(
  url: string,
  urls: Readonly<Record<ServiceName, string>>,
): ServiceName | undefined {
  let origin: string
  try {
    origin = new URL(url).origin
  } catch {
    return undefined
  }
  const entry = Object.entries(urls).find(([, base]) => new URL(base).origin === origin)
  return entry?.[0] as ServiceName | undefined
}
