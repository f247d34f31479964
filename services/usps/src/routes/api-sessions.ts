import { parseInput, readBody, type SandboxEnv, UnauthorizedError } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { getAccount, publicAccount } from '../domain/account'
import { MfaCodeInput, startMfaChallenge, verifyMfaCode } from '../domain/mfa-challenge'
import { resendMfaCode } from '../domain/resend-mfa-code'
import { checkPassword, SignInInput } from '../domain/sign-in'
import { MfaRestartError } from '../errors'
import { endUspsSession, readUspsSession, renewUspsSession } from '../lib/session'
import { domainContext, type UspsRuntime } from '../runtime'

const NO_CHALLENGE = 'No sign-in waits for a code: POST /api/v1/sessions first.'

/** JSON twins of Sign In, the MFA code, "Resend code" and Sign Out. */
export function apiSessionRoutes(runtime: UspsRuntime) {
  return new Hono<SandboxEnv>()
    .post('/api/v1/sessions', async (c) => {
      const ctx = domainContext(c, runtime)
      const account = await checkPassword(ctx, parseInput(SignInInput, await readBody(c)))
      const challenge = await startMfaChallenge(ctx, account)
      const sessionToken = await renewUspsSession(c, {
        stage: 'mfa_pending',
        accountId: account.id,
        challengeId: challenge.id,
      })
      return c.json(
        {
          sessionToken,
          mfaRequired: true,
          mfa: { channel: 'email', expiresAt: challenge.expiresAt },
        },
        201,
      )
    })
    .post('/api/v1/sessions/current/mfa', async (c) => {
      const session = await readUspsSession(c)
      if (session?.stage !== 'mfa_pending') {
        throw new UnauthorizedError(NO_CHALLENGE)
      }
      const { code } = parseInput(MfaCodeInput, await readBody(c))
      let accountId: string
      try {
        accountId = await verifyMfaCode(domainContext(c, runtime), session.challengeId, code)
      } catch (error) {
        if (error instanceof MfaRestartError) await endUspsSession(c)
        throw error
      }
      const sessionToken = await renewUspsSession(c, {
        stage: 'signed_in',
        accountId,
        mfa: true,
      })
      const account = await getAccount(c.var, accountId)
      return c.json({ sessionToken, account: account ? publicAccount(account) : null })
    })
    .post('/api/v1/sessions/current/mfa/resend', async (c) => {
      const session = await readUspsSession(c)
      if (session?.stage !== 'mfa_pending') throw new UnauthorizedError(NO_CHALLENGE)
      try {
        const resent = await resendMfaCode(domainContext(c, runtime), session.challengeId)
        return c.json({ mfa: { channel: 'email', ...resent } })
      } catch (error) {
        if (error instanceof MfaRestartError) await endUspsSession(c)
        throw error
      }
    })
    .delete('/api/v1/sessions/current', async (c) => {
      await endUspsSession(c)
      return c.body(null, 204)
    })
}
