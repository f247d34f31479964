import { onFormError, parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { nextStepPath } from '../domain/setup-steps'
import { SignInInput, signIn } from '../domain/sign-in'
import { beginSession, signedIn, signOut } from '../lib/session'
import { LoginPage } from '../pages/login'
import { domainContext, type ShipStationRuntime } from '../runtime'

/** `GET|POST /login` and `POST /logout`. Signing in lands on the first unfinished step. */
export function signInRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .get('/login', async (c) => {
      const current = await signedIn(c)
      if (current) return c.redirect(nextStepPath(current.account))
      return c.html(<LoginPage />)
    })
    .post('/login', async (c) => {
      onFormError(c, (error) => <LoginPage error={error} />)
      const body = await readBody(c)
      const email = typeof body.email === 'string' ? body.email : undefined
      onFormError(c, (error) => <LoginPage email={email} error={error} />)
      const account = await signIn(domainContext(c, runtime), parseInput(SignInInput, body))
      await beginSession(c, account.id)
      return c.redirect(nextStepPath(account), 303)
    })
    .post('/logout', async (c) => {
      await signOut(c)
      return c.redirect('/login', 303)
    })
}
