import { onFormError, parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { RegistrationInput, registerAccount } from '../domain/registration'
import { beginSession, signedIn } from '../lib/session'
import { echoValues } from '../pages/form-values'
import { RegisterPage } from '../pages/register'
import { domainContext, type ShipStationRuntime } from '../runtime'

/** `GET|POST /register`: Step 1 of the seed. Success starts a session and goes to email checks. */
export function registrationRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .get('/register', async (c) => {
      if (await signedIn(c)) return c.redirect('/dashboard')
      return c.html(<RegisterPage />)
    })
    .post('/register', async (c) => {
      onFormError(c, (error) => <RegisterPage error={error} />)
      const body = await readBody(c)
      const values = echoValues(body, ['password'])
      onFormError(c, (error) => <RegisterPage values={values} error={error} />)
      const account = await registerAccount(
        domainContext(c, runtime),
        parseInput(RegistrationInput, body),
      )
      await beginSession(c, account.id)
      return c.redirect('/verify/email', 303)
    })
}
