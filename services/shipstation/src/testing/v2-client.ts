// Test support only: a ShipStation API v2 client whose every answer is checked against the
// published document (repaired as openapi/REPAIRS.md says) before the test sees it.
import { expect } from 'vitest'
import { SHIPSTATION_URL } from './client'
import { validateV2Response } from './v2-openapi'

export interface V2Answer {
  status: number
  body: unknown
  headers: Headers
}

/** What answers the calls: the app in-process (`app.request`), or a server over HTTP. */
interface V2Target {
  request(url: string, init: RequestInit): Response | Promise<Response>
}

/** A sender's address in API v2's shape (Austin, TX), for shipments the tests and bench send. */
export const V2_TEST_ADDRESS = {
  name: 'Ada Lovelace',
  phone: '555-010-0100',
  address_line1: '4301 Bull Creek Rd',
  city_locality: 'Austin',
  state_province: 'TX',
  postal_code: '78731',
  country_code: 'US',
  address_residential_indicator: 'no',
}

/** `baseUrl`: where ShipStation answers, e.g. the 127.0.0.1 port of a real server. */
export function v2Client(app: V2Target, apiKey: string | undefined, baseUrl = SHIPSTATION_URL) {
  return async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<V2Answer> => {
    const res = await app.request(new URL(path, baseUrl).toString(), {
      method,
      headers: {
        ...(apiKey ? { 'API-Key': apiKey } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    const text = await res.text()
    const parsed: unknown = text === '' ? '' : JSON.parse(text)
    const validation = validateV2Response({ method, path, status: res.status, body: parsed })
    expect(validation.errors, `${method} ${path} ${res.status} ${text}`).toEqual([])
    return { status: res.status, body: parsed, headers: res.headers }
  }
}
