import { type SandboxEnv, urlOf, withTenant } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { pageFrame, showErrorsAsPages } from '../lib/page-frame'
import { currentCopAccount } from '../lib/session'
import { GuidelinesPage } from '../pages/guidelines-page'
import type { StampsRuntime } from '../runtime'

/** The guidelines page, the COP's landing page after SSO. */
export function guidelinesRoutes(runtime: StampsRuntime) {
  return new Hono<SandboxEnv>()
    .get('/', (c) => c.redirect('/guidelines', 302))
    .get('/guidelines', async (c) => {
      showErrorsAsPages(c, runtime)
      const account = await currentCopAccount(c)
      const uspsLoginUrl = withTenant(urlOf(runtime.peers.usps.baseUrl, '/login'), c.var.tenant)
      const frame = await pageFrame(c, runtime, account)
      return c.html(<GuidelinesPage account={account} frame={frame} uspsLoginUrl={uspsLoginUrl} />)
    })
}
