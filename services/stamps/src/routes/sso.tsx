import {
  ConflictError,
  parseInput,
  readBody,
  readSession,
  type SandboxContext,
  type SandboxEnv,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { acceptSsoToken, SsoTokenInput } from '../domain/accept-sso-token'
import { viewCopAccount } from '../domain/cop-account'
import { resolveAccountChoice, SsoChoiceInput } from '../domain/sso-choice'
import { InvalidSsoLinkError, NoSessionError } from '../errors'
import { pageFrame, showErrorsAsPages } from '../lib/page-frame'
import { endCopSession, SESSION_COOKIE, startCopSession } from '../lib/session'
import { SignedOutPage } from '../pages/signed-out-page'
import { SsoChoicePage } from '../pages/sso-choice-page'
import { domainContext, type StampsRuntime } from '../runtime'

const signedInAs = async (c: SandboxContext) =>
  (await readSession<{ accountId: string }>(c, SESSION_COOKIE))?.accountId

/**
 * Sign-in from ShipStation's "See Instructions" (there is no COP login form): `GET /sso` for
 * browsers, `POST /api/v1/sso` for API clients. A link for another account than the one signed in
 * asks which to continue with (`/sso/choice`); Sign out ends the session.
 */
export function ssoRoutes(runtime: StampsRuntime) {
  const accept = async (c: SandboxContext, input: unknown) => {
    const parsed = SsoTokenInput.safeParse(input)
    if (!parsed.success) throw new InvalidSsoLinkError('it has no token')
    return acceptSsoToken(domainContext(c, runtime), parsed.data.token, await signedInAs(c))
  }
  const choose = async (c: SandboxContext, input: unknown) => {
    const ctx = domainContext(c, runtime)
    const { account, switched } = await resolveAccountChoice(
      ctx,
      parseInput(SsoChoiceInput, input),
      await signedInAs(c),
    )
    if (!account) throw new NoSessionError()
    return { account, sessionToken: switched ? await startCopSession(c, account) : undefined }
  }

  return new Hono<SandboxEnv>()
    .get('/sso', async (c) => {
      showErrorsAsPages(c, runtime)
      const outcome = await accept(c, c.req.query())
      if (outcome.kind === 'choose') {
        const { choice, current } = outcome
        const frame = await pageFrame(c, runtime, current)
        return c.html(<SsoChoicePage choice={choice} current={current} frame={frame} />, 409)
      }
      await startCopSession(c, outcome.account)
      return c.redirect('/guidelines', 302)
    })
    .post('/sso/choice', async (c) => {
      showErrorsAsPages(c, runtime)
      await choose(c, await readBody(c))
      return c.redirect('/guidelines', 302)
    })
    .post('/logout', async (c) => {
      await endCopSession(c)
      return c.html(<SignedOutPage frame={await pageFrame(c, runtime)} />)
    })
    .post('/api/v1/sso', async (c) => {
      const outcome = await accept(c, await readBody(c))
      if (outcome.kind === 'choose') {
        throw new ConflictError(
          `This session is signed in to Stamps.com as ${outcome.current.email}; the token signs in ${outcome.choice.offered.email}. POST /api/v1/sso/choice {"choice": "${outcome.choice.id}", "account": "current" | "offered"} to choose.`,
        )
      }
      const sessionToken = await startCopSession(c, outcome.account)
      return c.json({ sessionToken, account: viewCopAccount(outcome.account) })
    })
    .post('/api/v1/sso/choice', async (c) => {
      const { account, sessionToken } = await choose(c, await readBody(c))
      return c.json({ sessionToken: sessionToken ?? null, account: viewCopAccount(account) })
    })
    .delete('/api/v1/sessions/current', async (c) => {
      await endCopSession(c)
      return c.body(null, 204)
    })
}
