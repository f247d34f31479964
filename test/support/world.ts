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
  while (Date.now() < until) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return check()
}
