import type { ServiceName } from '@partner-sandbox/shared'
import { http, type RequestHandler } from 'msw'
import type { InProcessSandbox } from './sandbox'

/**
 * msw 2 request handlers that answer each service's base URL from the in-process sandbox, so code
 * under test can call the fakes with its ordinary fetch and no ports.
 *
 * @example
 * const sandbox = createInProcessSandbox()
 * const server = setupServer(...sandboxHandlers(sandbox))
 * server.listen({ onUnhandledRequest: 'error' })
 */
export function sandboxHandlers(
  sandbox: Pick<InProcessSandbox, 'apps' | 'urls'>,
): RequestHandler[] {
  return (Object.keys(sandbox.urls) as ServiceName[]).map((name) =>
    http.all(`${sandbox.urls[name]}/*`, ({ request }) => sandbox.apps[name].fetch(request)),
  )
}
