import { onFormError, parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import {
  EmailCodeInput,
  EmailLinkQuery,
  resendEmailCode,
  verifyEmailCode,
  verifyEmailLink,
} from '../domain/email-verification'
import { promptsOf } from '../domain/onboarding-prompts'
import { nextStepPath } from '../domain/setup-steps'
import { type SignedIn, signedIn } from '../lib/session'
import { NoticePage } from '../pages/notice'
import { VerifyCodePage } from '../pages/verify-code'
import { domainContext, type ShipStationRuntime } from '../runtime'

const pageProps = ({ account, session }: SignedIn) =>
  ({
    step: 'email',
    sentTo: account.email,
    prompts: promptsOf(account, session.popupDismissed),
  }) as const

/** `GET|POST /verify/email`, "Resend code", and the link in the email. */
export function emailVerificationRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .get('/verify/email', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login')
      if (current.account.emailVerifiedAt) return c.redirect(nextStepPath(current.account))
      return c.html(
        <VerifyCodePage {...pageProps(current)} resent={c.req.query('resent') === '1'} />,
      )
    })
    .post('/verify/email', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      onFormError(c, (error) => <VerifyCodePage {...pageProps(current)} error={error} />)
      const { code } = parseInput(EmailCodeInput, await readBody(c))
      await verifyEmailCode(domainContext(c, runtime), current.account.id, code)
      return c.redirect('/verify/phone', 303)
    })
    .post('/verify/email/resend', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      onFormError(c, (error) => <VerifyCodePage {...pageProps(current)} error={error} />)
      if (current.account.emailVerifiedAt) return c.redirect(nextStepPath(current.account), 303)
      await resendEmailCode(domainContext(c, runtime), current.account.id)
      return c.redirect('/verify/email?resent=1', 303)
    })
    .get('/verify/email/confirm', async (c) => {
      const current = await signedIn(c)
      if (current?.account.emailVerifiedAt) return c.redirect(nextStepPath(current.account))
      onFormError(c, (error) => (
        <NoticePage
          title="Verification link not valid"
          message={error.message}
          link={current ? { href: '/verify/email', text: 'Verify your email' } : signInLink}
        />
      ))
      const { token } = parseInput(EmailLinkQuery, c.req.query())
      const account = await verifyEmailLink(domainContext(c, runtime), token)
      if (current?.account.id === account.id) return c.redirect('/verify/phone')
      return c.html(
        <NoticePage
          title="Email verified"
          message={`The email ${account.email} is verified. Sign in to verify your phone.`}
          link={signInLink}
        />,
      )
    })
}

const signInLink = { href: '/login', text: 'Sign In' }
