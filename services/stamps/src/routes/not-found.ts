import { NotFoundError, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { showErrorsAsPages } from '../lib/page-frame'
import type { StampsRuntime } from '../runtime'

/**
 * A browser that opens a page Stamps.com does not have gets the error page (header, who is signed
 * in, the way back to ShipStation) rather than problem+json; every other caller gets the problem.
 * Mounted last, so it answers only what no other route did.
 */
export function notFoundRoutes(runtime: Pick<StampsRuntime, 'peers'>) {
  return new Hono<SandboxEnv>().get('*', (c) => {
    // Only a browser asks for HTML; any other caller keeps the service contract's problem+json.
    if ((c.req.header('accept') ?? '').includes('text/html')) showErrorsAsPages(c, runtime)
    throw new NotFoundError(
      `Stamps.com has no page at ${c.req.path}. Use the links above, or go back to ShipStation.`,
    )
  })
}
