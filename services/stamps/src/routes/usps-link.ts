import { parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { completeUspsLink, startUspsLink, UspsCallbackInput } from '../domain/usps-link'
import { connectionOf } from '../lib/connection-view'
import { showErrorsAsPages } from '../lib/page-frame'
import { currentCopAccount } from '../lib/session'
import { domainContext, type StampsRuntime } from '../runtime'

/** The OAuth client side of "Link your business account": to USPS consent and back. */
export function uspsLinkRoutes(runtime: StampsRuntime) {
  return new Hono<SandboxEnv>()
    .get('/usps/link', async (c) => {
      showErrorsAsPages(c, runtime)
      const account = await currentCopAccount(c)
      return c.redirect(await startUspsLink(domainContext(c, runtime), account), 302)
    })
    .get('/usps/callback', async (c) => {
      showErrorsAsPages(c, runtime)
      const account = await currentCopAccount(c)
      const input = parseInput(UspsCallbackInput, c.req.query())
      await completeUspsLink(domainContext(c, runtime), account, input)
      return c.redirect('/connect', 302)
    })
    .post('/api/v1/usps/authorization', async (c) => {
      const account = await currentCopAccount(c)
      return c.json({ authorizeUrl: await startUspsLink(domainContext(c, runtime), account) })
    })
    .post('/api/v1/usps/callback', async (c) => {
      const account = await currentCopAccount(c)
      const input = parseInput(UspsCallbackInput, await readBody(c))
      const linked = await completeUspsLink(domainContext(c, runtime), account, input)
      return c.json(connectionOf(linked))
    })
}
