import { FAULT_CATALOGUE, type ServiceName } from '@partner-sandbox/shared'

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>

/** What the owning service answered to a request its installed edge fault matches. */
export interface SweepOutcome {
  name: string
  installedOn: ServiceName
  status: number | 'dropped'
  body: string
  left: number | null
}

const concretePath = (path: string) => (path.endsWith('*') ? `${path.slice(0, -1)}anything` : path)

/**
 * Installs every edge entry of the fault catalogue by name through another service than its own
 * (so the install is passed on), then sends its owner one request the entry matches.
 */
export async function sweepEdgeCatalogue(
  urls: Record<ServiceName, string>,
  fetch: FetchLike,
  tenant: string,
): Promise<SweepOutcome[]> {
  const outcomes: SweepOutcome[] = []
  for (const entry of FAULT_CATALOGUE) {
    if (entry.kind !== 'edge' || !entry.edge) continue
    const via: ServiceName = entry.service === 'usps' ? 'stamps' : 'usps'
    const headers = { 'content-type': 'application/json', 'x-sandbox-tenant': tenant }
    const installed = await fetch(`${urls[via]}/__sandbox/faults`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: entry.name, times: 1 }),
    })
    const fault = (await installed.json()) as { service: ServiceName }
    const method = entry.edge.method === '*' ? 'POST' : entry.edge.method
    let status: number | 'dropped'
    let body = ''
    try {
      const res = await fetch(`${urls[entry.service]}${concretePath(entry.edge.path)}`, {
        method,
        headers,
        ...(method === 'GET' ? {} : { body: '{}' }),
      })
      status = res.status
      body = await res.text()
    } catch {
      status = 'dropped'
    }
    const left = (await (
      await fetch(`${urls[entry.service]}/__sandbox/faults`, { headers })
    ).json()) as unknown[]
    outcomes.push({ name: entry.name, installedOn: fault.service, status, body, left: left.length })
  }
  return outcomes
}

/** The answer each edge entry gives, in the real API's wire format; used once, then gone. */
export const EXPECTED_SWEEP = [
  { name: 'usps.token-endpoint-down', status: 503, body: '"error":"temporarily_unavailable"' },
  { name: 'usps.payments-down', status: 503, body: '"message":"SERVICE_UNAVAILABLE"' },
  { name: 'usps.jwks-unreachable', status: 'dropped', body: '' },
  { name: 'stamps.events-delayed', status: 503, body: 'Stamps.com cannot take events' },
  { name: 'shipstation.events-delayed', status: 503, body: 'ShipStation cannot take events' },
] as const
