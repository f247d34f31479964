import { type SandboxEnv, urlOf, withTenant } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import type { StampsDeps } from '../deps'
import { currentCopAccount } from '../lib/cop-session'
import { renderErrorsAsPages } from '../lib/html-errors'
import { GuidelinesPage } from '../pages/guidelines-page'

/** The guidelines page, the COP's landing page after SSO. */
export function guidelinesRoutes(deps: StampsDeps) {
  return new Hono<SandboxEnv>()
    .get('/', (c) => c.redirect('/guidelines', 302))
    .get('/guidelines', async (c) => {
      renderErrorsAsPages(c)
      const account = await currentCopAccount(c)
      const uspsLoginUrl = withTenant(urlOf(deps.peers.usps.baseUrl, '/login'), c.var.tenant)
      return c.html(<GuidelinesPage account={account} uspsLoginUrl={uspsLoginUrl} />)
    })
}
