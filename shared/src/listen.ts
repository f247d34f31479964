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
}

/**
 * Serves a fetch handler with @hono/node-server and resolves once the port is bound.
 *
 * @example
 * const server = await listen({ fetch: app.fetch, port: 4200, host: '127.0.0.1' })
 * await server.close()
 */
export function listen({ fetch, port, host }: ListenOptions): Promise<ListeningService> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname: host }, (info: AddressInfo) => {
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
