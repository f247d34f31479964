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
    const request = new Request(input, init)
    if (!new URL(request.url).pathname.startsWith('/__sandbox/')) return fetch(request)
    if (request.headers.has('authorization')) return fetch(request)
    const headers = new Headers(request.headers)
    headers.set('authorization', `Bearer ${adminToken}`)
    return fetch(new Request(request, { headers }))
  }
}
