import { parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import type { StampsDeps } from '../deps'
import { completeUspsLink, startUspsLink, UspsCallbackInput } from '../domain/usps-link'
import { connectionOf } from '../lib/connection-view'
import { currentCopAccount } from '../lib/cop-session'
import { renderErrorsAsPages } from '../lib/html-errors'

/** The OAuth client side of "Link your business account": to USPS consent and back. */
export function uspsLinkRoutes(deps: StampsDeps) {
  return new Hono<SandboxEnv>()
    .get('/usps/link', async (c) => {
      renderErrorsAsPages(c)
      const account = await currentCopAccount(c)
      return c.redirect(await startUspsLink(deps, c.var.store, c.var.clock, account), 302)
    })
    .get('/usps/callback', async (c) => {
      renderErrorsAsPages(c)
      const account = await currentCopAccount(c)
      const input = parseInput(UspsCallbackInput, c.req.query())
      await completeUspsLink(deps, c.var.store, c.var.clock, account, input)
      return c.redirect('/connect', 302)
    })
    .post('/api/v1/usps/authorization', async (c) => {
      const account = await currentCopAccount(c)
      return c.json({ authorizeUrl: await startUspsLink(deps, c.var.store, c.var.clock, account) })
    })
    .post('/api/v1/usps/callback', async (c) => {
      const account = await currentCopAccount(c)
      const input = parseInput(UspsCallbackInput, await readBody(c))
      const linked = await completeUspsLink(deps, c.var.store, c.var.clock, account, input)
      return c.json(connectionOf(linked))
    })
}
