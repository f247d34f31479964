import { onFormError, parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { promptsOf } from '../domain/onboarding-prompts'
import { resendPhoneCode, SmsCodeInput, verifyPhoneCode } from '../domain/phone-verification'
import { nextStepPath } from '../domain/setup-steps'
import { type SignedIn, signedIn } from '../lib/session'
import { VerifyCodePage } from '../pages/verify-code'
import { domainContext, type ShipStationRuntime } from '../runtime'

const pageProps = ({ account, session }: SignedIn) =>
  ({
    step: 'phone',
    sentTo: account.phone,
    prompts: promptsOf(account, session.popupDismissed),
  }) as const

// The phone step only opens once the email is verified, and closes once the phone is.
const isPhoneStep = ({ account }: SignedIn) => nextStepPath(account) === '/verify/phone'

/** `GET|POST /verify/phone` and its "Resend code". */
export function phoneVerificationRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .get('/verify/phone', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login')
      if (!isPhoneStep(current)) return c.redirect(nextStepPath(current.account))
      return c.html(
        <VerifyCodePage {...pageProps(current)} resent={c.req.query('resent') === '1'} />,
      )
    })
    .post('/verify/phone', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      onFormError(c, (error) => <VerifyCodePage {...pageProps(current)} error={error} />)
      const { code } = parseInput(SmsCodeInput, await readBody(c))
      await verifyPhoneCode(domainContext(c, runtime), current.account.id, code)
      return c.redirect('/balance', 303)
    })
    .post('/verify/phone/resend', async (c) => {
      const current = await signedIn(c)
      if (!current) return c.redirect('/login', 303)
      onFormError(c, (error) => <VerifyCodePage {...pageProps(current)} error={error} />)
      if (!isPhoneStep(current)) return c.redirect(nextStepPath(current.account), 303)
      await resendPhoneCode(domainContext(c, runtime), current.account.id)
      return c.redirect('/verify/phone?resent=1', 303)
    })
}
