import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'

export interface ListeningService {
  /** e.g. http://127.0.0.1:4200 (the bound port, so port 0 works in tests). */
  url: string
  port: number
  close(): Promise<void>
}

export interface ListenOptions {
  fetch: (request: Request) => Response | Promise<Response>
  port: number
  host: string
  /** Time a client has to send the request headers (slowloris); default 10 s. */
  headersTimeoutMs?: number
  /** Time a client has to send the whole request; default 30 s. */
  requestTimeoutMs?: number
}

/** How often Node looks for connections past their timeouts (its default is 30 s). */
const TIMEOUT_CHECK_MS = 1_000

/**
 * Serves a fetch handler with @hono/node-server and resolves once the port is bound.
 *
 * @example
 * const server = await listen({ fetch: app.fetch, port: 4200, host: '127.0.0.1' })
 * await server.close()
 */
export function listen({
  fetch,
  port,
  host,
  headersTimeoutMs = 10_000,
  requestTimeoutMs = 30_000,
}: ListenOptions): Promise<ListeningService> {
  return new Promise((resolve, reject) => {
    // A client that opens a connection and dribbles its headers must not hold it forever.
    const serverOptions = {
      headersTimeout: headersTimeoutMs,
      requestTimeout: Math.max(requestTimeoutMs, headersTimeoutMs),
      connectionsCheckingInterval: Math.min(TIMEOUT_CHECK_MS, headersTimeoutMs),
    }
    const server = serve({ fetch, port, hostname: host, serverOptions }, (info: AddressInfo) => {
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            // Browsers keep connections alive; without this, close() waits for them to time out.
            if ('closeAllConnections' in server) server.closeAllConnections()
          }),
      })
    })
    server.once('error', reject)
  })
}
