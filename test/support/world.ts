import type { ScenarioResult } from '@partner-sandbox/scenarios'
import type { FetchLike, ServiceName } from '@partner-sandbox/shared'

/** A control call on one service in one tenant; answers status and parsed JSON. */
export function controlCaller(
  urls: Record<ServiceName, string>,
  fetch: FetchLike,
  tenant = 'default',
) {
  return async (service: ServiceName, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${urls[service]}/__sandbox${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-sandbox-tenant': tenant },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> & unknown[],
    }
  }
}

/** Polls `check` until it is true (or gives up after `ms`), for work a timer does. */
export async function eventually(check: () => Promise<boolean>, ms = 10_000): Promise<boolean> {
  const until = Date.now() + ms
  // A failed check counts as "not yet": e.g. the first request after a restart meets a socket the
  // old server closed.
  const attempt = () => check().catch(() => false)
  while (Date.now() < until) {
    if (await attempt()) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return attempt()
}

/** Signs the scenario's customer in to ShipStation again (after the clock outran the session). */
export async function signInAgain(result: ScenarioResult): Promise<number> {
  const exchange = await result.client.send({
    method: 'POST',
    url: `${result.variables.shipstationUrl}/api/v1/sessions`,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email: result.variables.email, password: result.variables.password }),
    follow: false,
  })
  return exchange.status
}
