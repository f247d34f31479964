/** The three services of the sandbox. */
export type ServiceName = 'shipstation' | 'stamps' | 'usps'

export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>

/**
 * How a service reaches another one: the public base URL (used in browser redirects and as the
 * token issuer) and the fetch that carries back-channel calls. Over real ports `fetch` is the global
 * one; in-process it calls the other app's `fetch` directly, with no socket.
 */
export interface Peer {
  name: ServiceName
  baseUrl: string
  fetch: FetchLike
}

/** Absolute URL of `path` on a peer (or on ourselves). */
export function urlOf(baseUrl: string, path: string): string {
  return new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString()
}
