import type { FetchLike } from './peer'

/**
 * The fetch services use for each other: a call to a peer's control routes (`/__sandbox/*`, e.g.
 * clock sync or snapshot fan-out) carries the admin token, which those routes need when the
 * sandbox is exposed. Other calls (signed events, OAuth, Payments) go as they are.
 *
 * @example
 * const fetch = withAdminToken(globalThis.fetch, config.adminToken)
 */
export function withAdminToken(fetch: FetchLike, adminToken: string | undefined): FetchLike {
  if (!adminToken) return fetch
  return (input, init) => {
    if (input instanceof Request) {
      const request = new Request(input, init)
      if (!isControlUrl(request.url) || request.headers.has('authorization')) return fetch(request)
      const headers = new Headers(request.headers)
      headers.set('authorization', `Bearer ${adminToken}`)
      return fetch(new Request(request, { headers }))
    }
    // A URL and init pass on as they are (no Request built per hop), with one header more at most.
    if (!isControlUrl(input)) return fetch(input, init)
    const headers = new Headers(init?.headers)
    if (headers.has('authorization')) return fetch(input, init)
    headers.set('authorization', `Bearer ${adminToken}`)
    return fetch(input, { ...init, headers })
  }
}

function isControlUrl(url: string | URL): boolean {
  return new URL(url).pathname.startsWith('/__sandbox/')
}
