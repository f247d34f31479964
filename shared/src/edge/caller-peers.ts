import type { Context } from 'hono'
import type { Caller } from '../journal/journal'
import type { FetchLike, ServiceName } from '../peer'
import type { PeerDirectory } from '../service-app'

/** Set on every back-channel call, so the receiver's journal knows a service called, not a browser. */
export const CALLER_HEADER = 'X-Sandbox-Caller'

const SERVICES: readonly string[] = ['shipstation', 'stamps', 'usps']

/**
 * The peer directory as `service` uses it: every fetch carries `X-Sandbox-Caller: <service>`.
 * Browsers never send it, so the journal tells hops between services from hops from a browser.
 *
 * @example
 * const peers = callerPeers(options.peers, 'stamps')
 */
export function callerPeers(peers: PeerDirectory, service: ServiceName): PeerDirectory {
  const tagged = (fetch: FetchLike): FetchLike => {
    return (input, init) => {
      if (input instanceof Request) {
        const request = new Request(input, init)
        request.headers.set(CALLER_HEADER, service)
        return fetch(request)
      }
      // Same call shape as the caller's (URL and init), only one header more.
      const headers = new Headers(init?.headers)
      headers.set(CALLER_HEADER, service)
      return fetch(input, { ...init, headers })
    }
  }
  return {
    shipstation: { ...peers.shipstation, fetch: tagged(peers.shipstation.fetch) },
    stamps: { ...peers.stamps, fetch: tagged(peers.stamps.fetch) },
    usps: { ...peers.usps, fetch: tagged(peers.usps.fetch) },
  }
}

/** Who sent this request: the service named by `X-Sandbox-Caller`, or a browser. */
export function callerOf(c: Context): Caller {
  const named = c.req.header(CALLER_HEADER)?.toLowerCase()
  return named && SERVICES.includes(named) ? (named as ServiceName) : 'browser'
}
