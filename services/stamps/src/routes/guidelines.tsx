import { onFormError, type SandboxEnv, urlOf, withTenant } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { currentCopAccount } from '../lib/session'
import { errorPage } from '../pages/error-page'
import { GuidelinesPage } from '../pages/guidelines-page'
import type { StampsRuntime } from '../runtime'

/** The guidelines page, the COP's landing page after SSO. */
export function guidelinesRoutes(runtime: StampsRuntime) {
  return new Hono<SandboxEnv>()
    .get('/', (c) => c.redirect('/guidelines', 302))
    .get('/guidelines', async (c) => {
      onFormError(c, errorPage)
      const account = await currentCopAccount(c)
      const uspsLoginUrl = withTenant(urlOf(runtime.peers.usps.baseUrl, '/login'), c.var.tenant)
      return c.html(<GuidelinesPage account={account} uspsLoginUrl={uspsLoginUrl} />)
    })
}
