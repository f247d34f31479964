import { readBody, type SandboxContext, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import type { StampsDeps } from '../deps'
import { acceptSsoToken, SsoTokenInput } from '../domain/accept-sso-token'
import { viewCopAccount } from '../domain/cop-account'
import { InvalidSsoLinkError } from '../errors'
import { startCopSession } from '../lib/cop-session'
import { renderErrorsAsPages } from '../lib/html-errors'

/**
 * Sign-in from ShipStation's "See Instructions" (there is no COP login form): `GET /sso` for
 * browsers, `POST /api/v1/sso` for API clients.
 */
export function ssoRoutes(deps: StampsDeps) {
  const signIn = async (c: SandboxContext, input: unknown) => {
    const parsed = SsoTokenInput.safeParse(input)
    if (!parsed.success) throw new InvalidSsoLinkError('it has no token')
    const account = await acceptSsoToken(parsed.data.token, {
      keySet: deps.shipstationKeys,
      issuer: deps.peers.shipstation.baseUrl,
      audience: deps.peers.stamps.baseUrl,
      store: c.var.store,
      clock: c.var.clock,
    })
    return { account, sessionToken: await startCopSession(c, account) }
  }

  return new Hono<SandboxEnv>()
    .get('/sso', async (c) => {
      renderErrorsAsPages(c)
      await signIn(c, c.req.query())
      return c.redirect('/guidelines', 302)
    })
    .post('/api/v1/sso', async (c) => {
      const { account, sessionToken } = await signIn(c, await readBody(c))
      return c.json({ sessionToken, account: viewCopAccount(account) })
    })
}
