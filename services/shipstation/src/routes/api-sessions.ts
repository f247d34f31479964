import { parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { accountView } from '../domain/account-view'
import { RegistrationInput, registerAccount } from '../domain/registration'
import { SignInInput, signIn } from '../domain/sign-in'
import { beginSession, requireSignedIn, signOut } from '../lib/session'
import { domainContext, type ShipStationRuntime } from '../runtime'

/** JSON twins of registration, sign-in and sign-out. */
export function apiSessionRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .post('/api/v1/accounts', async (c) => {
      const input = parseInput(RegistrationInput, await readBody(c))
      const account = await registerAccount(domainContext(c, runtime), input)
      const sessionToken = await beginSession(c, account.id)
      return c.json({ account: accountView(account, false), sessionToken }, 201)
    })
    .post('/api/v1/sessions', async (c) => {
      const account = await signIn(
        domainContext(c, runtime),
        parseInput(SignInInput, await readBody(c)),
      )
      const sessionToken = await beginSession(c, account.id)
      return c.json({ account: accountView(account, false), sessionToken })
    })
    .delete('/api/v1/sessions/current', async (c) => {
      await requireSignedIn(c)
      await signOut(c)
      return c.body(null, 204)
    })
}
