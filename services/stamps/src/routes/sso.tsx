import {
  onFormError,
  readBody,
  type SandboxContext,
  type SandboxEnv,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { acceptSsoToken, SsoTokenInput } from '../domain/accept-sso-token'
import { viewCopAccount } from '../domain/cop-account'
import { InvalidSsoLinkError } from '../errors'
import { startCopSession } from '../lib/session'
import { errorPage } from '../pages/error-page'
import { domainContext, type StampsRuntime } from '../runtime'

/**
 * Sign-in from ShipStation's "See Instructions" (there is no COP login form): `GET /sso` for
 * browsers, `POST /api/v1/sso` for API clients.
 */
export function ssoRoutes(runtime: StampsRuntime) {
  const signIn = async (c: SandboxContext, input: unknown) => {
    const parsed = SsoTokenInput.safeParse(input)
    if (!parsed.success) throw new InvalidSsoLinkError('it has no token')
    const account = await acceptSsoToken(domainContext(c, runtime), parsed.data.token)
    return { account, sessionToken: await startCopSession(c, account) }
  }

  return new Hono<SandboxEnv>()
    .get('/sso', async (c) => {
      onFormError(c, errorPage)
      await signIn(c, c.req.query())
      return c.redirect('/guidelines', 302)
    })
    .post('/api/v1/sso', async (c) => {
      const { account, sessionToken } = await signIn(c, await readBody(c))
      return c.json({ sessionToken, account: viewCopAccount(account) })
    })
}
