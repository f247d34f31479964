import {
  onFormError,
  parseInput,
  readBody,
  type SandboxContext,
  type SandboxEnv,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { MfaCodeInput, startMfaChallenge, verifyMfaCode } from '../domain/mfa-challenge'
import { mfaResendsLeft, resendMfaCode } from '../domain/resend-mfa-code'
import { checkPassword, SignInInput } from '../domain/sign-in'
import { MfaRestartError } from '../errors'
import { safeReturnTo } from '../lib/return-to'
import { endUspsSession, readUspsSession, renewUspsSession, type UspsSession } from '../lib/session'
import { MfaPage } from '../pages/mfa'
import { SignInPage } from '../pages/sign-in'
import { domainContext, type UspsRuntime } from '../runtime'

const withoutSecrets = (body: Record<string, unknown>) => ({ ...body, password: undefined })

const SIGN_IN_ENDED = 'This sign-in has ended. Sign in again for a new code.'

type MfaPending = Extract<UspsSession, { stage: 'mfa_pending' }>

/**
 * The "Verify Your Identity" page again with the message: a wrong code or a used-up "Resend code"
 * keeps the challenge; a challenge that ended ends the half-session, and "Sign In" keeps where the
 * sign-in was going (e.g. "Grant Auctane Access").
 */
function onMfaError(c: SandboxContext, session: MfaPending): void {
  onFormError(c, async (error) => {
    if (error instanceof MfaRestartError) {
      await endUspsSession(c)
      return <MfaPage error={error} restart returnTo={session.returnTo} />
    }
    const resendsLeft = await mfaResendsLeft(c.var, session.challengeId)
    return <MfaPage error={error} resendsLeft={resendsLeft} returnTo={session.returnTo} />
  })
}

/** "Sign In" (password) then "Verify Your Identity" (emailed code), and "Sign Out". */
export function signInRoutes(runtime: UspsRuntime) {
  return new Hono<SandboxEnv>()
    .get('/', (c) => c.redirect('/login'))
    .get('/login', async (c) => {
      const returnTo = safeReturnTo(c.req.query('return_to'))
      const session = await readUspsSession(c)
      // A partner's consent (return_to) needs a sign-in with MFA, even inside a portal session.
      if (session?.stage === 'signed_in' && (session.mfa || !returnTo)) {
        return c.redirect(returnTo ?? '/portal')
      }
      return c.html(<SignInPage returnTo={returnTo} />)
    })
    .post('/login', async (c) => {
      const body = await readBody(c)
      const returnTo = safeReturnTo(body.return_to)
      onFormError(c, (error) => (
        <SignInPage values={withoutSecrets(body)} error={error} returnTo={returnTo} />
      ))
      const ctx = domainContext(c, runtime)
      const account = await checkPassword(ctx, parseInput(SignInInput, body))
      const challenge = await startMfaChallenge(ctx, account)
      await renewUspsSession(c, {
        stage: 'mfa_pending',
        accountId: account.id,
        challengeId: challenge.id,
        returnTo,
      })
      return c.redirect('/login/mfa')
    })
    .get('/login/mfa', async (c) => {
      const session = await readUspsSession(c)
      if (session?.stage === 'signed_in') return c.redirect('/portal')
      if (session?.stage !== 'mfa_pending') return c.redirect('/login')
      const resendsLeft = await mfaResendsLeft(c.var, session.challengeId)
      return c.html(
        <MfaPage
          resent={c.req.query('resent') === '1'}
          resendsLeft={resendsLeft}
          returnTo={session.returnTo}
        />,
      )
    })
    .post('/login/mfa', async (c) => {
      const session = await readUspsSession(c)
      if (session?.stage !== 'mfa_pending') return c.redirect('/login')
      onMfaError(c, session)
      const { code } = parseInput(MfaCodeInput, await readBody(c))
      const accountId = await verifyMfaCode(domainContext(c, runtime), session.challengeId, code)
      // A new session id once fully signed in, so a planted half-session id is worth nothing.
      await renewUspsSession(c, { stage: 'signed_in', accountId, mfa: true })
      return c.redirect(session.returnTo ?? '/portal')
    })
    .post('/login/mfa/resend', async (c) => {
      const session = await readUspsSession(c)
      // Nothing waits for a code (signed out, or a post forged without the sign-in): say so inline.
      if (session?.stage !== 'mfa_pending') {
        return c.html(<MfaPage error={new MfaRestartError(SIGN_IN_ENDED)} restart />, 400)
      }
      onMfaError(c, session)
      await resendMfaCode(domainContext(c, runtime), session.challengeId)
      return c.redirect('/login/mfa?resent=1', 303)
    })
    .post('/logout', async (c) => {
      await endUspsSession(c)
      return c.redirect('/login')
    })
}
